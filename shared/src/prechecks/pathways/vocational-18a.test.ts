import { describe, expect, it } from 'vitest';
import { codesOf, makeInput, pathwayOf } from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';

/** A plumber with three years of training unless overridden. */
const vocational = (overrides: Parameters<typeof makeInput>[0] = {}) =>
  pathwayOf(
    evaluatePrecheck(
      makeInput({
        ...overrides,
        qualification: { level: 'vocational', trainingYears: 3, ...overrides.qualification },
      }),
    ),
    '18a',
  );

describe('skilled worker with vocational training (§ 18a)', () => {
  it.each([
    { recognition: 'full', result: 'eligible', code: 'vocational_recognised' },
    { recognition: 'pending', result: 'conditional', code: 'recognition_pending' },
    {
      recognition: 'comparable',
      result: 'not_eligible',
      code: 'recognition_comparable_not_sufficient',
    },
    { recognition: 'partial', result: 'not_eligible', code: 'recognition_partial' },
    { recognition: 'none', result: 'not_eligible', code: 'recognition_missing' },
  ] as const)('recognition $recognition → $result', ({ recognition, result, code }) => {
    const pathway = vocational({ qualification: { recognition } });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
  });

  it('needs vocational training, not a degree', () => {
    const pathway = vocational({ qualification: { level: 'university' } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['no_vocational_qualification']);
  });

  it('accepts any qualified job', () => {
    const pathway = vocational({ job: { matchesQualification: false } });
    expect(pathway.result).toBe('eligible');
    expect(codesOf(pathway.reasons)).toContain('job_need_not_match_qualification');
  });
});
