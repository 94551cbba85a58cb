import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import type { ValidationMessageKey } from '../api/validation-messages';
import {
  eventFormatSchema,
  eventLanguageSchema,
  eventTargetGroupSchema,
  eventTopicSchema,
  eventTopics,
  isOnline,
  isOnSite,
} from './event-codes';

export const maxEventCapacity = 1000;

const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max);
/** Optional texts may be left out, sent as null or as an empty field (stored as null). */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const seatCountSchema = z
  .int('capacity_range')
  .min(1, 'capacity_range')
  .max(maxEventCapacity, 'capacity_range');

/** Every field an organiser enters; times are ISO 8601 with offset and stored in UTC. */
export const eventFieldsSchema = z.strictObject({
  title: requiredText(200),
  titleEn: optionalText(200),
  description: requiredText(10_000),
  descriptionEn: optionalText(10_000),
  topics: z.array(eventTopicSchema).min(1, 'topics_required').max(eventTopics.length),
  targetGroup: eventTargetGroupSchema.optional(),
  format: eventFormatSchema,
  language: eventLanguageSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  registrationDeadline: isoDateTimeSchema,
  /** Address of the venue, free text. */
  location: optionalText(500),
  room: optionalText(200),
  /** Join link; shown only to the organiser and confirmed participants. */
  onlineUrl: z
    .url({ protocol: /^https$/, error: 'online_url_https' })
    .max(2000)
    .nullable()
    .optional(),
  capacity: seatCountSchema,
  /** At most this many confirmed seats per participating organisation; more go on the waiting list. */
  seatLimitPerOrganization: seatCountSchema.nullable().optional(),
});
export type EventFields = z.infer<typeof eventFieldsSchema>;

type FieldIssue = { path: keyof EventFields; message: ValidationMessageKey };

/**
 * The rules between fields. They run on a new event and, after merging, on an edited one, so a
 * PATCH of `startsAt` alone is still checked against the stored deadline.
 */
export function eventFieldIssues(
  event: Pick<
    EventFields,
    | 'format'
    | 'startsAt'
    | 'endsAt'
    | 'registrationDeadline'
    | 'location'
    | 'onlineUrl'
    | 'capacity'
    | 'seatLimitPerOrganization'
  >,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const startsAt = Date.parse(event.startsAt);
  if (Date.parse(event.endsAt) <= startsAt) {
    issues.push({ path: 'endsAt', message: 'event_ends_before_start' });
  }
  if (Date.parse(event.registrationDeadline) > startsAt) {
    issues.push({ path: 'registrationDeadline', message: 'event_deadline_after_start' });
  }
  if (isOnSite(event.format) && !event.location) {
    issues.push({ path: 'location', message: 'event_location_required' });
  }
  if (isOnline(event.format) && !event.onlineUrl) {
    issues.push({ path: 'onlineUrl', message: 'event_online_url_required' });
  }
  const seatLimit = event.seatLimitPerOrganization;
  if (seatLimit !== null && seatLimit !== undefined && seatLimit > event.capacity) {
    issues.push({ path: 'seatLimitPerOrganization', message: 'seat_limit_above_capacity' });
  }
  return issues;
}

export const createEventSchema = eventFieldsSchema.superRefine((event, ctx) => {
  for (const issue of eventFieldIssues(event)) {
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
});
export type CreateEvent = z.input<typeof createEventSchema>;

/**
 * Any subset of the fields; the server checks the merged event with `eventFieldIssues`.
 * Only drafts and published events that have not begun can be edited.
 */
export const updateEventSchema = eventFieldsSchema.partial();
export type UpdateEvent = z.input<typeof updateEventSchema>;

/** The body is optional; a reason, when given, is passed on to the participants. */
export const cancelEventSchema = z.strictObject({
  reason: z.string().trim().min(5, 'reason_too_short').max(2000).optional(),
});
export type CancelEvent = z.infer<typeof cancelEventSchema>;
