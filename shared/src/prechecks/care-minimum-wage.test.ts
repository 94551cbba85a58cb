import { describe, expect, it } from 'vitest';
import { codesOf, makeInput } from '../../testing/precheck-fixtures';
import { checkCareMinimumWage } from './care-minimum-wage';

// 20.50 EUR/h × 40 h × 52 weeks
const atCareMinimumWage = 42_640;
const nurse = (annualGrossSalaryEur: number, startDate = '2026-03-01') =>
  makeInput({ startDate, job: { annualGrossSalaryEur, weeklyHours: 40 } });

describe('care minimum wage warning', () => {
  it.each(['2221', '3221'])('warns for a nurse (%s) paid below 20.50 EUR/h', (code) => {
    const warnings = checkCareMinimumWage(nurse(atCareMinimumWage - 0.01), code);
    expect(codesOf(warnings)).toEqual(['care_minimum_wage_below']);
    expect(warnings[0]?.message).toMatch(/20,50\s€/);
  });

  it('speaks English on request', () => {
    const [warning] = checkCareMinimumWage(nurse(40_000), '2221', { locale: 'en' });
    expect(warning?.message).toContain('€20.50');
  });

  it('stays silent at the care minimum wage', () => {
    expect(checkCareMinimumWage(nurse(atCareMinimumWage), '2221')).toEqual([]);
  });

  it('stays silent for other occupations', () => {
    expect(checkCareMinimumWage(nurse(30_000), '2512')).toEqual([]);
  });

  it('stays silent before the rate took effect in July 2025', () => {
    expect(checkCareMinimumWage(nurse(30_000, '2025-06-30'), '2221')).toEqual([]);
    expect(checkCareMinimumWage(nurse(30_000, '2025-07-01'), '2221')).toHaveLength(1);
  });
});
