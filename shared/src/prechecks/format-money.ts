import type { Locale } from './locales';

const numberLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** "50.700 €" / "€50,700"; cents only when there are any ("45.934,20 €"). */
export function formatEur(amount: number, locale: Locale): string {
  const hasCents = Math.round(amount * 100) % 100 !== 0;
  return new Intl.NumberFormat(numberLocales[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(amount);
}
