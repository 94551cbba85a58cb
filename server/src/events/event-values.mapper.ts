import { type EventFields, eventFieldsSchema, type ValidationMessageKey } from '@itc/shared';
import { toUtcIso } from '../lib/utc-iso';
import type { EventRow } from './event-access.queries';

const eventFieldKeys = Object.keys(eventFieldsSchema.shape) as (keyof EventFields)[];

/** The columns an organiser edits, as stored: UTC times, empty texts as null. */
export type EventValues = Pick<EventRow, keyof EventFields>;

export function toEventValues(fields: EventFields): EventValues {
  return {
    title: fields.title,
    titleEn: fields.titleEn || null,
    description: fields.description,
    descriptionEn: fields.descriptionEn || null,
    topics: [...new Set(fields.topics)],
    targetGroup: fields.targetGroup ?? 'all_employers',
    format: fields.format,
    language: fields.language,
    startsAt: toUtcIso(fields.startsAt),
    endsAt: toUtcIso(fields.endsAt),
    registrationDeadline: toUtcIso(fields.registrationDeadline),
    location: fields.location || null,
    room: fields.room || null,
    onlineUrl: fields.onlineUrl || null,
    capacity: fields.capacity,
    seatLimitPerOrganization: fields.seatLimitPerOrganization ?? null,
  };
}

export function pickEventValues(row: EventRow): EventValues {
  return Object.fromEntries(eventFieldKeys.map((key) => [key, row[key]])) as EventValues;
}

/** Names of the fields whose stored value differs; the audit log keeps names, not texts. */
export function changedEventFields(before: EventValues, after: EventValues): (keyof EventFields)[] {
  return eventFieldKeys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** A start or deadline in the past makes no sense for an event being planned. */
export function pastTimeIssues(
  values: Pick<EventValues, 'startsAt' | 'registrationDeadline'>,
  now: Date,
): { path: keyof EventFields; message: ValidationMessageKey }[] {
  const nowIso = now.toISOString();
  const issues: { path: keyof EventFields; message: ValidationMessageKey }[] = [];
  if (values.startsAt <= nowIso) issues.push({ path: 'startsAt', message: 'event_start_in_past' });
  if (values.registrationDeadline <= nowIso) {
    issues.push({ path: 'registrationDeadline', message: 'event_deadline_in_past' });
  }
  return issues;
}
