import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';
import {
  eventFormatSchema,
  eventLanguageSchema,
  eventStatusSchema,
  eventTargetGroupSchema,
  eventTopicSchema,
} from './event-codes';

export const eventSeatsSchema = z.object({
  capacity: z.int(),
  confirmed: z.int(),
  waitlisted: z.int(),
  /** Seats nobody holds; new registrations get one while the organisation is under its limit. */
  free: z.int(),
});
export type EventSeats = z.infer<typeof eventSeatsSchema>;

/** What the caller may do and holds: the page shows registration or management from this. */
export const eventViewerSchema = z.object({
  isOrganizer: z.boolean(),
  canRegister: z.boolean(),
  /** Registrations of the caller's organisation. */
  confirmed: z.int(),
  waitlisted: z.int(),
});

export const eventSchema = z.object({
  id: z.string(),
  organizer: organizationSummarySchema,
  status: eventStatusSchema,
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  topics: z.array(eventTopicSchema),
  targetGroup: eventTargetGroupSchema,
  format: eventFormatSchema,
  language: eventLanguageSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  registrationDeadline: isoDateTimeSchema,
  location: z.string().nullable(),
  room: z.string().nullable(),
  /** Null unless the caller organises the event or holds a confirmed registration. */
  onlineUrl: z.string().nullable(),
  seatLimitPerOrganization: z.int().nullable(),
  seats: eventSeatsSchema,
  /** Published, before the deadline and before the start. */
  registrationOpen: z.boolean(),
  viewer: eventViewerSchema,
  publishedAt: isoDateTimeSchema.nullable(),
  cancelledAt: isoDateTimeSchema.nullable(),
  cancellationReason: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Event = z.infer<typeof eventSchema>;

export const eventListQuerySchema = z.object({
  topic: eventTopicSchema.optional(),
  format: eventFormatSchema.optional(),
  language: eventLanguageSchema.optional(),
  /** Events that end after this instant; default: now, so the list shows what is upcoming. */
  from: isoDateTimeSchema.optional(),
  /** Events that begin before this instant (a calendar month, a week). */
  to: isoDateTimeSchema.optional(),
  /** Organiser view: every event of the caller's organisation, drafts and cancelled ones too. */
  mine: z.stringbool().optional(),
  /** Events the caller's organisation is registered for, cancelled ones included. */
  registered: z.stringbool().optional(),
});
export type EventListQuery = z.input<typeof eventListQuerySchema>;
