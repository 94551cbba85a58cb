import { describe, expect, it } from 'vitest';
import { codesOf, makeInput, pathwayOf } from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';

const academic = (...args: Parameters<typeof makeInput>) =>
  pathwayOf(evaluatePrecheck(makeInput(...args)), '18b');

describe('skilled worker with a degree (§ 18b)', () => {
  it.each([
    { recognition: 'full', result: 'eligible', code: 'degree_recognised' },
    { recognition: 'comparable', result: 'eligible', code: 'degree_recognised' },
    { recognition: 'pending', result: 'conditional', code: 'recognition_pending' },
    { recognition: 'partial', result: 'not_eligible', code: 'recognition_partial' },
    { recognition: 'none', result: 'not_eligible', code: 'recognition_missing' },
  ] as const)('recognition $recognition → $result', ({ recognition, result, code }) => {
    const pathway = academic({ qualification: { recognition } });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
  });

  it('accepts a job that does not match the degree, and says so', () => {
    const pathway = academic({ job: { matchesQualification: false } });
    expect(pathway.result).toBe('eligible');
    expect(codesOf(pathway.reasons)).toContain('job_need_not_match_qualification');
  });

  it('needs a university degree', () => {
    const pathway = academic({ qualification: { level: 'vocational' } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['no_university_degree']);
  });

  it('has no salary threshold below 45, only the minimum wage', () => {
    const pathway = academic({ job: { annualGrossSalaryEur: 30_000 } });
    expect(pathway.result).toBe('eligible');
    expect(pathway.salaryThresholdEur).toBeUndefined();
  });
});
