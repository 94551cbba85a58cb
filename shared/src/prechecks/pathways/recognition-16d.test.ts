import { describe, expect, it } from 'vitest';
import { codesOf, makeInput, noQualification, pathwayOf } from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';
import type { PrecheckInput } from '../precheck-input.schema';

const recognitionMeasures = (...args: Parameters<typeof makeInput>) =>
  pathwayOf(evaluatePrecheck(makeInput(...args)), '16d');

describe('recognition measures (§ 16d)', () => {
  it.each([
    { germanLevel: 'A1', result: 'conditional', code: 'german_a2_missing' },
    { germanLevel: 'A2', result: 'eligible', code: 'recognition_partial_german_met' },
    { germanLevel: 'C1', result: 'eligible', code: 'recognition_partial_german_met' },
  ] as const)(
    'deficit notice with German $germanLevel → $result',
    ({ germanLevel, result, code }) => {
      const pathway = recognitionMeasures({
        germanLevel,
        qualification: { recognition: 'partial' },
      });
      expect(pathway.result).toBe(result);
      expect(codesOf(pathway.reasons)).toEqual([code]);
    },
  );

  it.each([
    { level: 'university', recognition: 'pending', germanLevel: 'A2' },
    { level: 'vocational', recognition: 'none', germanLevel: 'B1' },
  ] as const)(
    '$level qualification, recognition $recognition, German $germanLevel → recognition partnership',
    ({ level, recognition, germanLevel }) => {
      const pathway = recognitionMeasures({ germanLevel, qualification: { level, recognition } });
      expect(pathway.result).toBe('conditional');
      expect(codesOf(pathway.reasons)).toEqual(['recognition_partnership']);
    },
  );

  it.each<{
    name: string;
    germanLevel: PrecheckInput['germanLevel'];
    qualification: Partial<PrecheckInput['qualification']>;
    code: string;
  }>([
    {
      name: 'German below A2',
      germanLevel: 'A1',
      qualification: { recognition: 'pending' },
      code: 'german_a2_missing',
    },
    {
      name: 'no German',
      germanLevel: 'none',
      qualification: { recognition: 'none' },
      code: 'german_a2_missing',
    },
    {
      name: 'not state-recognised abroad',
      germanLevel: 'B1',
      qualification: { recognition: 'none', stateRecognisedAbroad: false },
      code: 'qualification_not_state_recognised',
    },
    {
      name: 'no qualification',
      germanLevel: 'B1',
      qualification: noQualification,
      code: 'no_qualification',
    },
  ])('no partnership with $name', ({ germanLevel, qualification, code }) => {
    const pathway = recognitionMeasures({ germanLevel, qualification });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toContain(code);
  });

  it.each(['full', 'comparable'] as const)('is not needed with recognition %s', (recognition) => {
    const pathway = recognitionMeasures({ qualification: { recognition } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['recognition_already_complete']);
  });
});
