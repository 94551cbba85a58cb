import { describe, expect, it } from 'vitest';
import { berlinLocalToIso, berlinWallClock } from './berlin-time';

describe('German wall-clock time', () => {
  it('adds the winter and the summer offset of the day', () => {
    expect(berlinLocalToIso('2026-12-10T10:00')).toBe('2026-12-10T10:00:00+01:00');
    expect(berlinLocalToIso('2026-07-01T10:00')).toBe('2026-07-01T10:00:00+02:00');
    // The first summer-time day: after 3 o'clock the clocks are an hour further on.
    expect(berlinLocalToIso('2026-03-29T10:00')).toBe('2026-03-29T10:00:00+02:00');
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
