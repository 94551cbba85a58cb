import { describe, expect, it } from 'vitest';
import { findOccupation, occupationFlags, occupations } from './occupations';

describe('occupations', () => {
  it('holds each ISCO-08 unit group once, as four digits', () => {
    const codes = occupations.map((occupation) => occupation.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
  });

  it.each([
    '2221',
    '2222',
    '3221',
    '5321',
    '5322',
    '2211',
    '2212',
    '2261',
    '2262',
    '2264',
    '2141',
    '2149',
    '2151',
    '2153',
    '2161',
    '2511',
    '2514',
    '2519',
    '2521',
    '2529',
    '3511',
    '3514',
    '2111',
    '2133',
    '2320',
    '2330',
    '2341',
    '2342',
    '5311',
    '2635',
    '7411',
    '7412',
    '7126',
    '7115',
    '7212',
    '7231',
    '7233',
    '7512',
    '7511',
    '5120',
    '7112',
    '7131',
    '7121',
    '5141',
    '8332',
  ])('lists %s', (code) => {
    expect(findOccupation(code)).toBeDefined();
  });

  it.each([
    { code: '2221', shortageOccupation: true, itSpecialist: false, regulated: true },
    { code: '3221', shortageOccupation: false, itSpecialist: false, regulated: true },
    { code: '2512', shortageOccupation: true, itSpecialist: true, regulated: false },
    { code: '1330', shortageOccupation: true, itSpecialist: true, regulated: false },
    { code: '3512', shortageOccupation: false, itSpecialist: false, regulated: false },
    { code: '2144', shortageOccupation: true, itSpecialist: false, regulated: false },
    { code: '2342', shortageOccupation: true, itSpecialist: false, regulated: true },
    { code: '2264', shortageOccupation: true, itSpecialist: false, regulated: true },
    { code: '2635', shortageOccupation: false, itSpecialist: false, regulated: true },
    { code: '7411', shortageOccupation: false, itSpecialist: false, regulated: false },
  ])('flags $code', ({ code, ...flags }) => {
    expect(occupationFlags(code)).toEqual(flags);
  });

  it('knows nothing about an unlisted code', () => {
    expect(findOccupation('9999')).toBeUndefined();
    expect(occupationFlags('9999')).toBeUndefined();
  });
});
