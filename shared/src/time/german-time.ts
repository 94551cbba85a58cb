import { TZDate } from '@date-fns/tz';

/** Every calendar day and wall-clock time in the portal is Duisburg's, whatever the machine's zone. */
const germanZone = 'Europe/Berlin';

const wallClockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: germanZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The German calendar day and time of an instant, as `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`.
 * Reading a zone's wall clock needs no offset arithmetic, so Intl does it (and pages that only
 * show days stay without the zone library).
 */
export function berlinWallClock(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    wallClockFormat.formatToParts(at).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/**
 * Today's ISO date in Germany: ages, deadlines and passport expiry are judged by the German
 * calendar day, which differs from the UTC day for an hour or two around midnight.
 */
export function todayInGermany(now: Date): string {
  return berlinWallClock(now).date;
}

/**
 * Events are planned in German wall-clock time ("10:00 in Duisburg"): `2026-12-10T10:00` →
 * `2026-12-10T10:00:00+01:00`, with the summer or winter offset of that day. A time the clocks
 * skip in spring moves on by the hour skipped; the hour repeated in autumn is read as winter time.
 */
export function berlinLocalToIso(local: string): string {
  const [year, month, day] = local.slice(0, 10).split('-').map(Number);
  const [hour, minute] = (local.slice(11, 16) || '00:00').split(':').map(Number);
  const german = new TZDate(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    germanZone,
  );
  return german.toISOString().replace(/\.\d{3}/, '');
}

/** The instant a German calendar day begins, as stored timestamps are compared (UTC ISO). */
export function startOfGermanDay(day: string): string {
  return new Date(berlinLocalToIso(`${day}T00:00`)).toISOString();
}
