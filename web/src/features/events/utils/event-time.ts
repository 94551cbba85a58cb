import { berlinLocalToIso, berlinWallClock, type Locale } from '@itc/shared';
import { formatDate } from '../../../lib/format';

const weekdayFormats: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/Berlin' }),
};

/** The German calendar day of an instant, `YYYY-MM-DD` (events are planned in Duisburg time). */
export function berlinDay(iso: string): string {
  return berlinWallClock(new Date(iso)).date;
}

/** The parts a schedule is written from: weekday, date and wall-clock times. */
export function scheduleParts(startsAt: string, endsAt: string, locale: Locale) {
  const start = berlinWallClock(new Date(startsAt));
  const end = berlinWallClock(new Date(endsAt));
  return {
    sameDay: start.date === end.date,
    weekday: weekdayFormats[locale].format(new Date(startsAt)),
    date: formatDate(startsAt, locale),
    endDate: formatDate(endsAt, locale),
    start: start.time,
    end: end.time,
  };
}

/** `2026-12-10T10:00` for a datetime-local input, in German wall-clock time. */
export function toBerlinLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const { date, time } = berlinWallClock(new Date(iso));
  return `${date}T${time}`;
}

/** The value of a datetime-local input, read as German wall-clock time; `''` stays `''`. */
export function fromBerlinLocalInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? berlinLocalToIso(value) : value;
}

/** The instant a German calendar day (`YYYY-MM-DD`) begins. */
export function berlinDayStart(day: string): string {
  return berlinLocalToIso(`${day}T00:00`);
}

/** `YYYY-MM-DD` of the next day (calendar arithmetic in UTC, free of time zones). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM` moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function isDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
