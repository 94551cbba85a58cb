import { z } from 'zod';
import { emailSchema, idSchema, isoDateTimeSchema, nameSchema } from '../api/common.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';
import { eventSeatsSchema } from './event.schema';
import { registrationStatusSchema } from './event-codes';

export const maxAttendeesPerRequest = 20;

export const attendeeSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  note: z.string().trim().max(1000).nullable().optional(),
});
export type Attendee = z.input<typeof attendeeSchema>;

/** One or more people of the caller's organisation; each gets a seat or a waiting-list place. */
export const registerAttendeesSchema = z
  .strictObject({ attendees: z.array(attendeeSchema).min(1).max(maxAttendeesPerRequest) })
  .superRefine(({ attendees }, ctx) => {
    const seen = new Set<string>();
    attendees.forEach((attendee, index) => {
      if (seen.has(attendee.email)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendees', index, 'email'],
          message: 'attendee_email_repeated',
        });
      }
      seen.add(attendee.email);
    });
  });
export type RegisterAttendees = z.input<typeof registerAttendeesSchema>;

export const eventRegistrationSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  name: z.string(),
  email: z.string(),
  note: z.string().nullable(),
  status: registrationStatusSchema,
  /** 1 for the next in line; null unless waitlisted. */
  waitlistPosition: z.int().nullable(),
  organization: organizationSummarySchema,
  registeredByName: z.string(),
  registeredAt: isoDateTimeSchema,
  cancelledAt: isoDateTimeSchema.nullable(),
});
export type EventRegistration = z.infer<typeof eventRegistrationSchema>;

export const registerAttendeesResponseSchema = z.object({
  /** In the order of the request's attendees. */
  registrations: z.array(eventRegistrationSchema),
  seats: eventSeatsSchema,
});
export type RegisterAttendeesResponse = z.infer<typeof registerAttendeesResponseSchema>;

/** A row of the organiser's participant list and check-in. */
export const eventParticipantSchema = eventRegistrationSchema.extend({
  /** Null until attendance is recorded. */
  attended: z.boolean().nullable(),
  attendanceRecordedAt: isoDateTimeSchema.nullable(),
});
export type EventParticipant = z.infer<typeof eventParticipantSchema>;

/** Lists are in the order the server accepted the registrations. */
export const registrationListQuerySchema = z.object({
  /** Part of the name, email or organisation, without regard to case or accents. */
  q: z.string().trim().max(100).optional(),
  status: registrationStatusSchema.optional(),
});

export const recordAttendanceSchema = z.strictObject({
  registrationId: idSchema,
  attended: z.boolean(),
});
export type RecordAttendance = z.infer<typeof recordAttendanceSchema>;

/** An organiser's message to every confirmed and waitlisted participant, sent by email. */
export const messageParticipantsSchema = z.strictObject({
  subject: z.string().trim().min(1, 'required').max(200),
  body: z.string().trim().min(1, 'required').max(5000),
});
export type MessageParticipants = z.infer<typeof messageParticipantsSchema>;

export const messageParticipantsResponseSchema = z.object({ recipients: z.int() });
