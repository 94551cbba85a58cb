import type { CaseStatus } from './case-statuses';

/**
 * The steps of the employer's progress stepper: the procedure's main path. Side stages are shown
 * on the step they belong to (see `progressStepOf`).
 */
export const caseProgressSteps = [
  'submitted',
  'in_review',
  'forwarded',
  'recognition_pending',
  'ba_consent_pending',
  'pre_approval_issued',
  'visa_appointment_booked',
  'visa_issued',
  'entered',
  'permit_issued',
] as const satisfies readonly CaseStatus[];
export type CaseProgressStep = (typeof caseProgressSteps)[number];

/**
 * The stepper's current step. A document request pauses the stage it came from; a deficit notice
 * belongs to recognition; a refused visa to the visa step. `rejected` and `withdrawn` end the case
 * wherever it stood, so they are shown on the step of the stage before (`lastStatus`).
 */
export function progressStepOf(
  status: CaseStatus,
  context: { resumeStatus: CaseStatus | null; lastStatus: CaseStatus | null },
): CaseProgressStep {
  switch (status) {
    case 'submitted':
    case 'in_review':
    case 'forwarded':
    case 'recognition_pending':
    case 'ba_consent_pending':
    case 'pre_approval_issued':
    case 'visa_appointment_booked':
    case 'visa_issued':
    case 'entered':
    case 'permit_issued':
      return status;
    case 'documents_requested':
      return progressStepOf(context.resumeStatus ?? 'in_review', context);
    case 'deficit_notice':
      return 'recognition_pending';
    case 'visa_refused':
      return 'visa_issued';
    case 'rejected':
    case 'withdrawn':
      return context.lastStatus && context.lastStatus !== status
        ? progressStepOf(context.lastStatus, { ...context, lastStatus: null })
        : 'submitted';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
