import { formatEuro as formatEuroIn, type Locale } from '@itc/shared';
import { getLocale } from './i18n';

/**
 * Dates follow the UI language ("25.11.2026" / "25 Nov 2026", like the English emails), always in
 * Duisburg's time zone. Without a locale the functions use the current UI language.
 */
const timeZone = 'Europe/Berlin';

const intlLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const dateOptions: Record<Locale, Intl.DateTimeFormatOptions> = {
  de: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

function byLocale(options: (locale: Locale) => Intl.DateTimeFormatOptions) {
  const formats = new Map<Locale, Intl.DateTimeFormat>();
  return (locale: Locale) => {
    let format = formats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(intlLocales[locale], { ...options(locale), timeZone });
      formats.set(locale, format);
    }
    return format;
  };
}

const dateFormat = byLocale((locale) => dateOptions[locale]);
const dateTimeFormat = byLocale((locale) => ({
  ...dateOptions[locale],
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
}));

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** 25.11.2026 / 25 Nov 2026 */
export function formatDate(value: string | Date, locale: Locale = getLocale()): string {
  return dateFormat(locale).format(toDate(value));
}

/** 25.11.2026, 14:30 / 25 Nov 2026, 14:30 */
export function formatDateTime(value: string | Date, locale: Locale = getLocale()): string {
  return dateTimeFormat(locale).format(toDate(value));
}

/** 1.234,5 in German, 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale = getLocale()): string {
  return new Intl.NumberFormat(intlLocales[locale]).format(value);
}

/** "A, B und C" in German, "A, B and C" in English. */
export function formatList(items: string[], locale: Locale = getLocale()): string {
  return new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }).format(items);
}

/** 50.700 € in German, €50,700 in English; cents only when there are any. */
export function formatEuro(value: number, locale: Locale = getLocale()): string {
  return formatEuroIn(value, locale);
}

/** 1,2 MB / 1.2 MB; kB below a megabyte. */
export function formatFileSize(bytes: number, locale: Locale = getLocale()): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'MB'] : [Math.max(bytes / 1024, 0.1), 'kB'];
  const number = new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 1 }).format(
    value,
  );
  return `${number} ${unit}`;
}
