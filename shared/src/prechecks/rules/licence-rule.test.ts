import { describe, expect, it } from 'vitest';
import { codesOf, makeInput, pathwayOf } from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';

// A profile that opens every pathway the licence rule governs when the profession is not regulated.
const cases = [
  { code: '18g', input: {} },
  { code: '18g-it', input: { job: { itSpecialist: true } } },
  { code: '18b', input: {} },
  { code: '18a', input: { qualification: { level: 'vocational' } } },
] as const;

describe.each(cases)('licence rule (§ 18(2) Nr. 3) for $code', ({ code, input }) => {
  it.each([
    { licence: 'held', result: 'eligible', reason: 'licence_held' },
    { licence: 'applied', result: 'conditional', reason: 'licence_applied' },
    { licence: 'none', result: 'not_eligible', reason: 'licence_missing' },
  ] as const)('regulated, licence $licence → $result', ({ licence, result, reason }) => {
    const pathway = pathwayOf(
      evaluatePrecheck(makeInput({ ...input, profession: { regulated: true, licence } })),
      code,
    );
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(reason);
  });

  it('ignores the licence when the profession is not regulated', () => {
    const pathway = pathwayOf(
      evaluatePrecheck(makeInput({ ...input, profession: { regulated: false, licence: 'none' } })),
      code,
    );
    expect(pathway.result).toBe('eligible');
    expect(codesOf(pathway.reasons)).not.toContain('licence_missing');
  });
});

it('names both conditions when recognition and licence are pending', () => {
  const pathway = pathwayOf(
    evaluatePrecheck(
      makeInput({
        qualification: { recognition: 'pending' },
        profession: { regulated: true, licence: 'applied' },
      }),
    ),
    '18g',
  );
  expect(pathway.result).toBe('conditional');
  expect(codesOf(pathway.reasons).slice(0, 2)).toEqual(['recognition_pending', 'licence_applied']);
});
