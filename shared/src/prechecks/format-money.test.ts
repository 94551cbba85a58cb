import { expect, it } from 'vitest';
import { formatEur } from './format-money';

it.each([
  { amount: 50_700, de: '50.700 €', en: '€50,700' },
  { amount: 45_934.2, de: '45.934,20 €', en: '€45,934.20' },
  { amount: 13.9, de: '13,90 €', en: '€13.90' },
])('formats $amount in German and English style', ({ amount, de, en }) => {
  // Intl separates the German amount from € with a no-break space.
  expect(formatEur(amount, 'de').replace('\u00a0', ' ')).toBe(de);
  expect(formatEur(amount, 'en')).toBe(en);
});
