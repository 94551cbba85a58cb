import { describe, expect, it } from 'vitest';
import { berlinLocalToIso, startOfGermanDay } from './german-local-time';
import { berlinWallClock, todayInGermany } from './german-time';

describe('German wall-clock time', () => {
  it('adds the winter and the summer offset of the day', () => {
    expect(berlinLocalToIso('2026-12-10T10:00')).toBe('2026-12-10T10:00:00+01:00');
    expect(berlinLocalToIso('2026-07-01T10:00')).toBe('2026-07-01T10:00:00+02:00');
  });

  it('follows the change to summer time on 29 March 2026', () => {
    expect(berlinLocalToIso('2026-03-29T01:59')).toBe('2026-03-29T01:59:00+01:00');
    // 02:00–02:59 does not exist that night: the clocks jump to 03:00.
    expect(berlinLocalToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(berlinLocalToIso('2026-03-29T10:00')).toBe('2026-03-29T10:00:00+02:00');
    expect(berlinWallClock(new Date('2026-03-29T00:59:00Z'))).toEqual({
      date: '2026-03-29',
      time: '01:59',
    });
    expect(berlinWallClock(new Date('2026-03-29T01:00:00Z'))).toEqual({
      date: '2026-03-29',
      time: '03:00',
    });
  });

  it('follows the change back to winter time on 25 October 2026', () => {
    expect(berlinLocalToIso('2026-10-25T01:30')).toBe('2026-10-25T01:30:00+02:00');
    // 02:00–02:59 happens twice that night; a planned time means the later one.
    expect(berlinLocalToIso('2026-10-25T02:30')).toBe('2026-10-25T02:30:00+01:00');
    expect(berlinLocalToIso('2026-10-25T10:00')).toBe('2026-10-25T10:00:00+01:00');
    expect(berlinWallClock(new Date('2026-10-25T00:30:00Z')).time).toBe('02:30');
    expect(berlinWallClock(new Date('2026-10-25T01:30:00Z')).time).toBe('02:30');
  });

  it('reads the German day and time of an instant', () => {
    expect(berlinWallClock(new Date('2026-12-31T23:30:00Z'))).toEqual({
      date: '2027-01-01',
      time: '00:30',
    });
    expect(berlinWallClock(new Date('2026-07-01T08:00:00Z'))).toEqual({
      date: '2026-07-01',
      time: '10:00',
    });
  });
});

describe('the German calendar day', () => {
  it('turns at German midnight, not at UTC midnight, in winter and in summer', () => {
    expect(todayInGermany(new Date('2026-12-03T22:59:59Z'))).toBe('2026-12-03');
    expect(todayInGermany(new Date('2026-12-03T23:00:00Z'))).toBe('2026-12-04');
    expect(todayInGermany(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(todayInGermany(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('begins an hour earlier in UTC in summer, also on the days the clocks change', () => {
    expect(startOfGermanDay('2026-12-04')).toBe('2026-12-03T23:00:00.000Z');
    expect(startOfGermanDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfGermanDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfGermanDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfGermanDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfGermanDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });
});
