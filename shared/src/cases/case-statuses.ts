import { z } from 'zod';

/**
 * Every status a case can have, in the order of the procedure. Drafts are pre-checks, so a case
 * begins at `submitted`.
 */
export const caseStatuses = [
  'submitted',
  'in_review',
  'documents_requested',
  'forwarded',
  'recognition_pending',
  'deficit_notice',
  'ba_consent_pending',
  'pre_approval_issued',
  'visa_appointment_booked',
  'visa_issued',
  'visa_refused',
  'entered',
  'permit_issued',
  'rejected',
  'withdrawn',
] as const;
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** No move leaves these; the case is closed. */
export const finalCaseStatuses = [
  'visa_refused',
  'permit_issued',
  'rejected',
  'withdrawn',
] as const satisfies readonly CaseStatus[];

export function isFinalCaseStatus(status: CaseStatus): boolean {
  return (finalCaseStatuses as readonly CaseStatus[]).includes(status);
}

/** Every status but `submitted` can be reached by a move. */
export const caseTransitionTargets = caseStatuses.filter(
  (status): status is Exclude<CaseStatus, 'submitted'> => status !== 'submitted',
);
export const caseTransitionTargetSchema = z.enum(caseTransitionTargets);
export type CaseTransitionTarget = z.infer<typeof caseTransitionTargetSchema>;

/** Who makes a move: city staff, or the employer with its mandated partners. */
export const caseActorSides = ['city', 'employer_side'] as const;
export const caseActorSideSchema = z.enum(caseActorSides);
export type CaseActorSide = z.infer<typeof caseActorSideSchema>;

/** After entry the employer reports an early end of employment (§ 4a(5) AufenthG). */
export const statusesAfterEntry = [
  'entered',
  'permit_issued',
] as const satisfies readonly CaseStatus[];

export function isAfterEntry(status: CaseStatus): boolean {
  return (statusesAfterEntry as readonly CaseStatus[]).includes(status);
}
