import type { CaseStatus, CaseTransitionRequest, HireStatus } from '@itc/shared';
import type { CaseRow } from '../case.mapper';
import { stageDueDate } from './case-deadline.rules';

/** What entering the target changes on the case and its hire, besides status and version. */
export type StageChanges = {
  dueAt: string | null;
  resumeStatus: CaseStatus | null;
  /** Set on entering the BA stage only; otherwise left as it was. */
  baConsentRequestedAt?: string;
  closedAt: string | null;
  /** The hire's new status, when the case's outcome changes it. */
  hireStatus: HireStatus | null;
};

/**
 * Every target's effects, exhaustively. Re-entering a stage after a document request starts its
 * period again: recognition bodies and the BA count from a complete file.
 */
export function stageChangesOf(
  request: CaseTransitionRequest,
  caseRow: CaseRow,
  clock: { now: Date; today: string },
): StageChanges {
  const { now, today } = clock;
  const open = (dueAt: string | null): StageChanges => ({
    dueAt,
    resumeStatus: null,
    closedAt: null,
    hireStatus: null,
  });
  // A case that ends without the hire arriving frees the hire for a new pre-check.
  const closed = (hireStatus: HireStatus | null): StageChanges => ({
    dueAt: null,
    resumeStatus: null,
    closedAt: now.toISOString(),
    hireStatus,
  });
  switch (request.to) {
    case 'documents_requested':
      return {
        ...open(request.dueDate ?? stageDueDate(request.to, { today })),
        resumeStatus: caseRow.status,
      };
    case 'in_review':
    case 'forwarded':
    case 'recognition_pending':
    case 'deficit_notice':
    case 'pre_approval_issued':
    case 'visa_issued':
      return open(stageDueDate(request.to, { today }));
    case 'ba_consent_pending':
      return {
        ...open(stageDueDate(request.to, { today })),
        baConsentRequestedAt: now.toISOString(),
      };
    case 'visa_appointment_booked':
      return open(stageDueDate(request.to, { today, appointmentDate: request.appointmentDate }));
    case 'entered':
      return { ...open(null), hireStatus: 'arrived' };
    case 'permit_issued':
      return closed(null);
    case 'visa_refused':
    case 'rejected':
    case 'withdrawn':
      return closed('active');
    default: {
      const unreachable: never = request;
      return unreachable;
    }
  }
}

/** The data a move stores on its event: what the target needed, without the envelope. */
export function moveDetails(request: CaseTransitionRequest): Record<string, unknown> {
  const { to: _to, version: _version, note: _note, ...details } = request;
  return details;
}
