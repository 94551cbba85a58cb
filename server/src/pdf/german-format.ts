import { formatEuro } from '@itc/shared';

const dateTimeInGermany = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-03-01" → "01.03.2026"; a calendar date, so no time zone is involved. */
export function formatGermanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** "25.11.2026, 10:00 Uhr" in German local time, whatever the server's zone. */
export function formatGermanDateTime(at: Date): string {
  return `${dateTimeInGermany.format(at)} Uhr`;
}

/** "52.000,00 €", as German forms expect amounts. */
export function formatGermanEuros(amount: number): string {
  return formatEuro(amount, 'de', { cents: 'always' });
}
