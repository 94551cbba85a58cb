import { type CaseProgressStep, type CaseStatus, caseProgressSteps } from '@itc/shared';

/** The procedure's main path up to `status`, as the employer's stepper shows it. */
function upTo(status: CaseProgressStep): CaseStatus[] {
  return caseProgressSteps.slice(0, caseProgressSteps.indexOf(status) + 1);
}

/**
 * A plausible history of a case now at `status`, from its submission: the main path, a request
 * from review, a deficit notice after recognition, a refusal after the appointment, a rejection
 * in review, a withdrawal after forwarding. Demo and benchmark data follow it.
 */
export function caseHistoryPath(status: CaseStatus): CaseStatus[] {
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
      return upTo(status);
    case 'documents_requested':
      return [...upTo('in_review'), 'documents_requested'];
    case 'deficit_notice':
      return [...upTo('recognition_pending'), 'deficit_notice'];
    case 'visa_refused':
      return [...upTo('visa_appointment_booked'), 'visa_refused'];
    case 'rejected':
      return [...upTo('in_review'), 'rejected'];
    case 'withdrawn':
      return [...upTo('forwarded'), 'withdrawn'];
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
