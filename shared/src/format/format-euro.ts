import type { Locale } from '../api/common.schema';

const numberLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * The portal's one way to show an amount: "50.700 €" / "€50,700", cents only when there are any
 * ("45.934,20 €"). Forms that print amounts in columns ask for cents always ("52.000,00 €").
 */
export function formatEuro(
  amount: number,
  locale: Locale,
  { cents = 'when-any' }: { cents?: 'when-any' | 'always' } = {},
): string {
  const showCents = cents === 'always' || Math.round(amount * 100) % 100 !== 0;
  return new Intl.NumberFormat(numberLocales[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: showCents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(amount);
}
