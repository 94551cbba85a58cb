import { berlinLocalToIso } from '@itc/shared';

const germanDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's ISO date in Germany: ages and passport expiry are judged by the German calendar day,
 * which differs from the UTC day for an hour or two around midnight.
 */
export function todayInGermany(now: Date): string {
  return germanDate.format(now);
}

/** The instant a German calendar day begins, as stored timestamps are compared (UTC ISO). */
export function startOfGermanDay(day: string): string {
  return new Date(berlinLocalToIso(`${day}T00:00`)).toISOString();
}
