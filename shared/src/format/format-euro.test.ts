import { expect, it } from 'vitest';
import { formatEuro } from './format-euro';

// Intl separates the German amount from € with a no-break space.
const plain = (text: string) => text.replace('\u00a0', ' ');

it.each([
  { amount: 50_700, de: '50.700 €', en: '€50,700' },
  { amount: 45_934.2, de: '45.934,20 €', en: '€45,934.20' },
  { amount: 13.9, de: '13,90 €', en: '€13.90' },
])(
  'formats $amount in German and English style, cents only when there are any',
  ({ amount, de, en }) => {
    expect(plain(formatEuro(amount, 'de'))).toBe(de);
    expect(formatEuro(amount, 'en')).toBe(en);
  },
);

it('shows cents always when a form asks for them', () => {
  expect(plain(formatEuro(52_000, 'de', { cents: 'always' }))).toBe('52.000,00 €');
  expect(formatEuro(411, 'en', { cents: 'always' })).toBe('€411.00');
});
