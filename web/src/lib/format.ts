import type { Locale } from '@itc/shared';

/** Dates are shown in German notation in both languages (25.11.2026), in Duisburg's time zone. */
const timeZone = 'Europe/Berlin';

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone,
});

const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone,
});

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** 25.11.2026 */
export function formatDate(value: string | Date): string {
  return dateFormat.format(toDate(value));
}

/** 25.11.2026, 14:30 */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(toDate(value));
}

/** Machine-readable value for a <time dateTime> attribute. */
export function toIsoDate(value: string | Date): string {
  return toDate(value).toISOString();
}

const numberLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** 1.234,5 in German, 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale = 'de'): string {
  return new Intl.NumberFormat(numberLocales[locale]).format(value);
}

/** "A, B und C" in German, "A, B and C" in English. */
export function formatList(items: string[], locale: Locale = 'de'): string {
  return new Intl.ListFormat(numberLocales[locale], { type: 'conjunction' }).format(items);
}

/** 50.700,00 € in German, €50,700.00 in English. */
export function formatEuro(value: number, locale: Locale = 'de'): string {
  return new Intl.NumberFormat(numberLocales[locale], {
    style: 'currency',
    currency: 'EUR',
  }).format(value);
}

const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone,
});

/** The day of `now` in Duisburg as an ISO date (2026-11-25); components take now from useClock. */
export function todayInGermany(now: Date): string {
  return isoDayFormat.format(now);
}

/** 1,2 MB / 1.2 MB; kB below a megabyte. */
export function formatFileSize(bytes: number, locale: Locale = 'de'): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'MB'] : [Math.max(bytes / 1024, 0.1), 'kB'];
  const number = new Intl.NumberFormat(numberLocales[locale], { maximumFractionDigits: 1 }).format(
    value,
  );
  return `${number} ${unit}`;
}
