import { describe, expect, it } from 'vitest';
import { caseProgressSteps, progressStepOf } from './case-progress';
import { caseStatusLabels, employerNextSteps } from './case-status-texts';
import { caseStatuses } from './case-statuses';

const none = { resumeStatus: null, lastStatus: null };

describe('progress stepper', () => {
  it('shows main-path stages on their own step', () => {
    for (const step of caseProgressSteps) expect(progressStepOf(step, none)).toBe(step);
  });

  it('puts side stages on the step they belong to', () => {
    expect(progressStepOf('documents_requested', { ...none, resumeStatus: 'forwarded' })).toBe(
      'forwarded',
    );
    expect(progressStepOf('documents_requested', none)).toBe('in_review');
    expect(progressStepOf('deficit_notice', none)).toBe('recognition_pending');
    expect(progressStepOf('visa_refused', none)).toBe('visa_issued');
    expect(progressStepOf('withdrawn', { ...none, lastStatus: 'ba_consent_pending' })).toBe(
      'ba_consent_pending',
    );
    expect(progressStepOf('rejected', { ...none, lastStatus: 'deficit_notice' })).toBe(
      'recognition_pending',
    );
    expect(progressStepOf('rejected', none)).toBe('submitted');
  });

  it('has a label and a next step in German and English for every status', () => {
    for (const status of caseStatuses) {
      for (const texts of [caseStatusLabels[status], employerNextSteps[status]]) {
        expect(texts.de.length, status).toBeGreaterThan(3);
        expect(texts.en.length, status).toBeGreaterThan(3);
        expect(texts.de).not.toBe(texts.en);
      }
    }
  });
});
