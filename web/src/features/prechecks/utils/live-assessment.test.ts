import { describe, expect, it } from 'vitest';
import { completeAnswers, engineerHire } from '../../../testing/hire-fixtures';
import { toHireInput } from '../components/wizard-step-form';
import { applyRules, assessNow, precheckRules, prepareLive } from './live-assessment';

const hire = toHireInput(engineerHire);

describe('live assessment', () => {
  it('lists what is missing without the rules', () => {
    const answers = { ...completeAnswers, job: { ...completeAnswers.job, weeklyHours: null } };
    const prepared = prepareLive({ answers, hire, missingHireFields: [] }, 'de');
    expect(applyRules(prepared, undefined)).toEqual({
      kind: 'incomplete',
      missing: ['job.weeklyHours'],
    });
  });

  it('says "assessing" for complete answers until the rules have loaded, then assesses', async () => {
    const prepared = prepareLive({ answers: completeAnswers, hire, missingHireFields: [] }, 'de');
    expect(applyRules(prepared, undefined)).toEqual({ kind: 'assessing' });

    const view = applyRules(prepared, await precheckRules.load());
    expect(view.kind === 'complete' && view.assessment.acceleratedProcedure.available).toBe(true);
    expect(await assessNow(prepared)).toEqual(view);
  });
});
