import type { Db } from '@itc/db';
import {
  allowedTransitions,
  type CaseProgressStep,
  type CaseStatus,
  type CaseTransitionRequest,
  caseProgressSteps,
  isPathway16dOpen,
  type PermitType,
  type PrecheckAssessment,
  todayInGermany,
} from '@itc/shared';
import type { CaseRow } from '../cases/case.mapper';
import { type CaseActor, recordAssignment, recordStageChange } from '../cases/case-writer.service';
import { openCase } from '../cases/open-case.service';
import { stageChangesOf } from '../cases/workflow/case-stage-changes.mapper';
import { closeDocumentRequest } from '../cases/workflow/document-requests.service';
import {
  demoRejectionReason,
  demoRequestedDocuments,
  demoRequestMessage,
  demoWithdrawalReason,
} from './demo-case-texts';

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

const dayMs = 86_400_000;
const dayAfter = (at: Date, days: number) =>
  new Date(at.getTime() + days * dayMs).toISOString().slice(0, 10);

/** The residence title a permit would be issued under: the first open pathway's. */
function permitTypeOf(assessment: PrecheckAssessment): PermitType {
  const open = assessment.pathways.find((pathway) => pathway.result !== 'not_eligible');
  const code = open?.code ?? '18b';
  return code === '18g-it' ? '18g' : code;
}

/** The request a move of a past timeline made: what its target needs, in the demo's words. */
function pastMoveRequest(
  to: Exclude<CaseStatus, 'submitted'>,
  context: { at: Date; caseRow: CaseRow; note?: string; dueDate?: string },
): CaseTransitionRequest {
  const { at, caseRow } = context;
  const envelope = {
    version: caseRow.version,
    ...(context.note ? { note: context.note } : {}),
  };
  switch (to) {
    case 'documents_requested':
      return {
        to,
        ...envelope,
        documents: demoRequestedDocuments,
        message: demoRequestMessage,
        ...(context.dueDate ? { dueDate: context.dueDate } : {}),
      };
    case 'visa_appointment_booked':
      return { to, ...envelope, appointmentDate: dayAfter(at, 12) };
    case 'permit_issued':
      return {
        to,
        ...envelope,
        permitType: permitTypeOf(caseRow.assessment),
        validUntil: dayAfter(at, 4 * 365),
      };
    case 'rejected':
      return { to, ...envelope, reason: demoRejectionReason };
    case 'withdrawn':
      return { to, ...envelope, reason: demoWithdrawalReason };
    case 'in_review':
    case 'forwarded':
    case 'recognition_pending':
    case 'deficit_notice':
    case 'ba_consent_pending':
    case 'pre_approval_issued':
    case 'visa_issued':
    case 'visa_refused':
    case 'entered':
      return { to, ...envelope };
    default: {
      const unreachable: never = to;
      return unreachable;
    }
  }
}

/** The employer side makes a move when the state machine lets it, city staff otherwise. */
function sideOf(caseRow: CaseRow, to: CaseStatus): 'employer_side' | 'city' {
  const context = {
    pathway16dOpen: isPathway16dOpen(caseRow.assessment),
    resumeStatus: caseRow.resumeStatus,
  };
  for (const side of ['employer_side', 'city'] as const) {
    if ((allowedTransitions(caseRow.status, side, context) as CaseStatus[]).includes(to)) {
      return side;
    }
  }
  throw new Error(`${caseRow.reference}: ${to} cannot follow ${caseRow.status}`);
}

/**
 * A case with a past, written as the portal would have recorded it: opened by `openCase` at the
 * first step's time, then moved step by step through `recordStageChange` (the writes `moveCase`
 * makes), each move by the side the state machine allows, so the row, timeline and audit log
 * agree. For the demo, the bench and the tests' cases; the moves' data are the demo's texts.
 */
export function writeCaseHistory(
  tx: Pick<Db, 'select' | 'insert' | 'update'>,
  options: {
    opening: Omit<Parameters<typeof openCase>[1], 'now' | 'actor' | 'onBehalfOfOrganizationId'>;
    /** The HR user who submits and makes the employer side's moves. */
    employer: CaseActor;
    /** The city staff member who makes the city's moves. */
    reviewer: CaseActor;
    /** From `submitted` on, each status with the time it was entered. */
    steps: { status: CaseStatus; at: Date }[];
    /** The current stage's due date instead of the rules', e.g. one relative to the seeding day. */
    dueAt?: string | null;
    notes?: Partial<Record<CaseStatus, string>>;
    /** City staff who took the case at its first move (or at once while it still waits). */
    assignee?: CaseActor | null;
  },
): CaseRow {
  const { employer, reviewer, steps, notes = {} } = options;
  const [first, ...moves] = steps;
  if (first?.status !== 'submitted') throw new Error('A case history starts with its submission');
  let caseRow = openCase(tx, {
    ...options.opening,
    now: first.at,
    actor: employer,
    onBehalfOfOrganizationId: null,
  });
  const assign = (at: Date) => {
    if (!options.assignee) return;
    recordAssignment(tx, {
      now: at,
      actor: options.assignee,
      caseRow,
      assigneeUserId: options.assignee.userId,
    });
    caseRow = { ...caseRow, assigneeUserId: options.assignee.userId };
  };
  if (moves.length === 0) assign(first.at);
  moves.forEach(({ status, at }, index) => {
    if (status === 'submitted') throw new Error('A case is submitted once');
    const isLast = index === moves.length - 1;
    const dueAt = isLast ? options.dueAt : undefined;
    const request = pastMoveRequest(status, {
      at,
      caseRow,
      note: notes[status],
      dueDate: status === 'documents_requested' ? (dueAt ?? undefined) : undefined,
    });
    const side = sideOf(caseRow, status);
    const actor = side === 'city' ? reviewer : employer;
    // Leaving a document request answers it, as `moveCase` does for a request answered otherwise.
    const answeredRequestId =
      caseRow.status === 'documents_requested'
        ? closeDocumentRequest(tx, {
            caseId: caseRow.id,
            requireUploads: false,
            userId: actor.userId,
            locale: 'de',
            now: at,
          })
        : null;
    const changes = stageChangesOf(request, caseRow, { now: at, today: todayInGermany(at) });
    const moved = recordStageChange(tx, {
      now: at,
      actor,
      onBehalfOfOrganizationId: side === 'city' ? caseRow.organizationId : null,
      caseRow,
      request,
      changes: dueAt === undefined ? changes : { ...changes, dueAt },
      answeredRequestId,
    });
    if (!moved) throw new Error(`${caseRow.reference} changed while its history was written`);
    caseRow = moved;
    if (index === 0) assign(at);
  });
  return caseRow;
}
