import { describe, expect, it } from 'vitest';
import { checkInOpensAt, isCheckInOpen } from './check-in-window';

const winterEvent = { status: 'published' as const, startsAt: '2026-12-10T09:00:00.000Z' };

describe('check-in window', () => {
  it('opens at midnight in Duisburg on the day before the event', () => {
    expect(checkInOpensAt(winterEvent)).toBe('2026-12-09T00:00:00+01:00');
    expect(checkInOpensAt({ startsAt: '2026-07-01T22:30:00.000Z' })).toBe(
      '2026-07-01T00:00:00+02:00',
    );
  });

  it('is closed two days before and open from the day before, also after the event', () => {
    expect(isCheckInOpen(winterEvent, new Date('2026-12-08T22:59:59Z'))).toBe(false);
    expect(isCheckInOpen(winterEvent, new Date('2026-12-08T23:00:00Z'))).toBe(true);
    expect(isCheckInOpen(winterEvent, new Date('2026-12-11T10:00:00Z'))).toBe(true);
  });

  it('is closed for drafts and cancelled events', () => {
    const now = new Date('2026-12-10T09:00:00Z');
    expect(isCheckInOpen({ ...winterEvent, status: 'draft' }, now)).toBe(false);
    expect(isCheckInOpen({ ...winterEvent, status: 'cancelled' }, now)).toBe(false);
  });
});
