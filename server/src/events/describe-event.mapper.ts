import type { Locale } from '@itc/shared';
import type { EventRow } from './event-access.queries';

const timeZone = 'Europe/Berlin';

const dayFormat = {
  de: new Intl.DateTimeFormat('de-DE', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
};
const timeFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone,
  hour: '2-digit',
  minute: '2-digit',
});

/** The English title and description where the organiser wrote them, else the German ones. */
export function eventTextIn(
  locale: Locale,
  event: Pick<EventRow, 'title' | 'titleEn' | 'description' | 'descriptionEn'>,
) {
  const english = locale === 'en';
  return {
    title: (english && event.titleEn) || event.title,
    description: (english && event.descriptionEn) || event.description,
  };
}

/** "Donnerstag, 10. Dezember 2026, 10:00–12:00 Uhr", always in German local time. */
export function describeEventTime(
  locale: Locale,
  event: Pick<EventRow, 'startsAt' | 'endsAt'>,
): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const startDay = dayFormat[locale].format(start);
  const endDay = dayFormat[locale].format(end);
  const span =
    startDay === endDay
      ? `${startDay}, ${timeFormat.format(start)}–${timeFormat.format(end)}`
      : `${startDay}, ${timeFormat.format(start)} – ${endDay}, ${timeFormat.format(end)}`;
  return locale === 'de' ? `${span} Uhr` : `${span} (German time)`;
}

/** Where to go; the join link only for those who may see it. */
export function describeEventPlace(
  locale: Locale,
  event: Pick<EventRow, 'format' | 'location' | 'room' | 'onlineUrl'>,
  showJoinLink: boolean,
): string {
  const venue = [event.location, event.room].filter(Boolean).join(', ');
  const online =
    showJoinLink && event.onlineUrl
      ? `Online: ${event.onlineUrl}`
      : locale === 'de'
        ? 'Online (den Link erhalten bestätigte Teilnehmende)'
        : 'Online (confirmed participants receive the link)';
  switch (event.format) {
    case 'in_person':
      return venue;
    case 'online':
      return online;
    case 'hybrid':
      return `${venue}\n${locale === 'de' ? 'oder' : 'or'} ${online}`;
    default: {
      const unreachable: never = event.format;
      return unreachable;
    }
  }
}
