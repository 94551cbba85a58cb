/** Every calendar day and wall-clock time in the portal is Duisburg's, whatever the machine's zone. */
export const germanZone = 'Europe/Berlin';

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
