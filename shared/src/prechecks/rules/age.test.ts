import { describe, expect, it } from 'vitest';
import { ageOn } from './age';

describe('ageOn', () => {
  it.each([
    { dateOfBirth: '1981-03-01', date: '2026-03-01', age: 45 },
    { dateOfBirth: '1981-03-02', date: '2026-03-01', age: 44 },
    { dateOfBirth: '1981-12-31', date: '2026-01-01', age: 44 },
    // Born on 29 February: the new year of life starts on 1 March in other years.
    { dateOfBirth: '1980-02-29', date: '2025-02-28', age: 44 },
    { dateOfBirth: '1980-02-29', date: '2025-03-01', age: 45 },
  ])('born $dateOfBirth is $age on $date', ({ dateOfBirth, date, age }) => {
    expect(ageOn(dateOfBirth, date)).toBe(age);
  });
});
