import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuro, formatNumber } from './format';

describe('formatting', () => {
  it('writes dates the German way, in Duisburg time', () => {
    expect(formatDate('2026-11-25T10:00:00.000Z')).toBe('25.11.2026');
    // 23:30 UTC on 31 Dec is already New Year in Germany.
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('01.01.2027');
    expect(formatDateTime('2026-11-25T13:05:00.000Z')).toBe('25.11.2026, 14:05');
  });

  it('formats numbers and euros per language', () => {
    expect(formatNumber(45934.2)).toBe('45.934,2');
    expect(formatNumber(45934.2, 'en')).toBe('45,934.2');
    expect(formatEuro(50700)).toBe('50.700,00\u00a0€');
  });
});
