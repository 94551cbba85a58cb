import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuro, formatNumber } from './format';
import { i18n } from './i18n';

describe('formatting', () => {
  it('writes dates the German way, in Duisburg time', () => {
    expect(formatDate('2026-11-25T10:00:00.000Z')).toBe('25.11.2026');
    // 23:30 UTC on 31 Dec is already New Year in Germany.
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('01.01.2027');
    expect(formatDateTime('2026-11-25T13:05:00.000Z')).toBe('25.11.2026, 14:05');
  });

  it('writes dates the English way in English, still in Duisburg time', () => {
    expect(formatDate('2026-12-17T10:00:00.000Z', 'en')).toBe('17 Dec 2026');
    expect(formatDate('2026-12-31T23:30:00.000Z', 'en')).toBe('1 Jan 2027');
    expect(formatDateTime('2026-11-25T13:05:00.000Z', 'en')).toBe('25 Nov 2026, 14:05');
    expect(formatDateTime('2026-11-25T23:05:00.000Z', 'en')).toBe('26 Nov 2026, 00:05');
  });

  it('follows the UI language when no locale is given', async () => {
    await i18n.changeLanguage('en');
    try {
      expect(formatDate('2026-12-17T10:00:00.000Z')).toBe('17 Dec 2026');
      expect(formatEuro(411)).toBe('€411');
      expect(formatEuro(411.5)).toBe('€411.50');
    } finally {
      await i18n.changeLanguage('de');
    }
    expect(formatDate('2026-12-17T10:00:00.000Z')).toBe('17.12.2026');
  });

  it('formats numbers and euros per language', () => {
    expect(formatNumber(45934.2)).toBe('45.934,2');
    expect(formatNumber(45934.2, 'en')).toBe('45,934.2');
    expect(formatEuro(50700)).toBe('50.700\u00a0€');
  });
});
