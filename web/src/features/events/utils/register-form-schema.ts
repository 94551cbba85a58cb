import { attendeeSchema, maxAttendeesPerRequest, registerAttendeesSchema } from '@itc/shared';
import { z } from 'zod';
import { textOrBlank } from '../../../lib/form-values';

/**
 * The attendee rows: the shared attendee with an empty note as null, and the shared check that
 * nobody is registered twice in one go.
 */
export const registerFormSchema = z
  .object({
    attendees: z
      .array(attendeeSchema.extend({ note: textOrBlank(attendeeSchema.shape.note) }))
      .min(1)
      .max(maxAttendeesPerRequest),
  })
  .superRefine((values, ctx) => {
    for (const issue of registerAttendeesSchema.safeParse(values).error?.issues ?? []) {
      if (issue.code === 'custom') {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    }
  });

export type RegisterFormOutput = z.output<typeof registerFormSchema>;

export const emptyAttendee = { name: '', email: '', note: '' };
