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
