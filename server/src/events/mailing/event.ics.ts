import type { Locale, OutboxAttachment } from '@itc/shared';
import { createEvent } from 'ics';
import { describeEventPlace, eventTextIn } from '../describe-event.mapper';
import type { EventRow } from '../event-access.queries';
import { foldIcsLines } from './fold-ics-lines.ics';

/**
 * The calendar entry (RFC 5545) in UTC ("Z" times), which every calendar shows in its own zone.
 * The UID stays the same for an event, so a later download updates the entry instead of adding one.
 * Only organisers and confirmed participants get it, so it carries the join link.
 */
export function renderEventIcs(options: {
  event: EventRow;
  organizerName: string;
  locale: Locale;
  link: string;
}): string {
  const { event, organizerName, locale, link } = options;
  const { title, description } = eventTextIn(locale, event);
  const { error, value } = createEvent({
    uid: `${event.id}@itc-duisburg`,
    productId: 'itc-duisburg/events',
    start: Date.parse(event.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title,
    description: `${description}\n\n${organizerName}\n${link}`,
    location: describeEventPlace(locale, event, true),
    url: link,
    status: event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('the calendar entry could not be built');
  return foldIcsLines(value);
}

export const icsContentType = 'text/calendar; charset=utf-8';

export function calendarAttachment(ics: string, locale: Locale): OutboxAttachment {
  return {
    filename: locale === 'de' ? 'termin.ics' : 'event.ics',
    contentType: icsContentType,
    content: Buffer.from(ics, 'utf8').toString('base64'),
  };
}
