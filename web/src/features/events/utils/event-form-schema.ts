import {
  type CreateEvent,
  type Event,
  type EventFormat,
  eventFieldIssues,
  eventFieldsSchema,
  isOnline,
  isOnSite,
  type Locale,
  maxEventCapacity,
} from '@itc/shared';
import { z } from 'zod';
import { numberFromText, numberToText, textOrBlank } from '../../../lib/form-values';
import { fromBerlinLocalInput, toBerlinLocalInput } from './event-time';

const fields = eventFieldsSchema.shape;
const timeFields = new Set(['startsAt', 'endsAt', 'registrationDeadline']);
const placeholderTime = '2000-01-01T00:00:00Z';
const placeholderEnd = '2000-01-01T01:00:00Z';

/** A datetime-local field: German wall-clock time, sent as ISO with the day's offset. */
function berlinDateTime<S extends z.ZodType>(schema: S) {
  return z.preprocess(
    (value) =>
      typeof value === 'string' && value.trim() !== '' ? fromBerlinLocalInput(value) : undefined,
    schema,
  );
}

/**
 * The organiser's form: the shared event fields with text inputs converted (times in Duisburg
 * time, numbers as typed in the UI language, empty optional fields as null) and the shared rules
 * between fields.
 */
export function createEventFormSchema(locale: Locale) {
  return eventFieldsSchema
    .extend({
      titleEn: textOrBlank(fields.titleEn),
      descriptionEn: textOrBlank(fields.descriptionEn),
      targetGroup: textOrBlank(fields.targetGroup),
      startsAt: berlinDateTime(fields.startsAt),
      endsAt: berlinDateTime(fields.endsAt),
      registrationDeadline: berlinDateTime(fields.registrationDeadline),
      location: textOrBlank(fields.location),
      room: textOrBlank(fields.room),
      // Checked below, and only where the format uses it: a hidden field never blocks saving.
      onlineUrl: textOrBlank(z.string().trim().nullable()),
      capacity: numberFromText(fields.capacity, locale),
      seatLimitPerOrganization: numberFromText(fields.seatLimitPerOrganization, locale),
    })
    .superRefine(
      (event, ctx) => {
        if (isOnline(event.format) && event.onlineUrl) {
          for (const issue of fields.onlineUrl.safeParse(event.onlineUrl).error?.issues ?? []) {
            ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: issue.message });
          }
        }
        // Rules between fields whose values are still missing wait until they are given.
        const hasTimes = Boolean(event.startsAt && event.endsAt && event.registrationDeadline);
        const hasCapacity = typeof event.capacity === 'number';
        const probe = withoutUnusedPlaceFields({
          ...event,
          startsAt: event.startsAt ?? placeholderTime,
          endsAt: event.endsAt ?? placeholderEnd,
          registrationDeadline: event.registrationDeadline ?? placeholderTime,
          capacity: hasCapacity ? event.capacity : maxEventCapacity,
        });
        for (const issue of eventFieldIssues(probe)) {
          if (!hasTimes && timeFields.has(issue.path)) continue;
          if (!hasCapacity && issue.path === 'seatLimitPerOrganization') continue;
          ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
        }
      },
      // Run even while single fields are invalid, so the summary lists every error at once.
      { when: () => true },
    );
}

export type EventFormSchema = ReturnType<typeof createEventFormSchema>;
export type EventFormOutput = z.output<EventFormSchema>;

type PlaceFields = {
  format: EventFormat;
  location?: string | null;
  room?: string | null;
  onlineUrl?: string | null;
};

/** Fields the format does not use (a join link of a former online event) are cleared. */
function withoutUnusedPlaceFields<T extends PlaceFields>(values: T): T {
  const onSite = isOnSite(values.format);
  return {
    ...values,
    location: onSite ? (values.location ?? null) : null,
    room: onSite ? (values.room ?? null) : null,
    onlineUrl: isOnline(values.format) ? (values.onlineUrl ?? null) : null,
  };
}

/** What is sent. */
export function toEventInput(values: EventFormOutput): CreateEvent {
  return withoutUnusedPlaceFields(values);
}

/** The form's text values for a new event or for editing one. */
export function toEventFormValues(event: Event | undefined, locale: Locale) {
  return {
    title: event?.title ?? '',
    titleEn: event?.titleEn ?? '',
    description: event?.description ?? '',
    descriptionEn: event?.descriptionEn ?? '',
    topics: event?.topics ?? [],
    targetGroup: event?.targetGroup ?? 'all_employers',
    format: event?.format ?? 'in_person',
    language: event?.language ?? 'de',
    startsAt: toBerlinLocalInput(event?.startsAt),
    endsAt: toBerlinLocalInput(event?.endsAt),
    registrationDeadline: toBerlinLocalInput(event?.registrationDeadline),
    location: event?.location ?? '',
    room: event?.room ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    capacity: numberToText(event?.seats.capacity, locale),
    seatLimitPerOrganization: numberToText(event?.seatLimitPerOrganization, locale),
  };
}
