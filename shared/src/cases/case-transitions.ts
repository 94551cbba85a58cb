import type { PathwayCode, PathwayResult } from '../prechecks';
import type { CaseActorSide, CaseStatus, CaseTransitionTarget } from './case-statuses';

/**
 * A condition beyond status and side: a document request returns only to the stage it came from;
 * a deficit notice continues to the BA only when the assessment opened the § 16d pathway.
 */
export type CaseMoveGuard = 'returns_to_requested_stage' | 'pathway_16d_open';

export type CaseMove = {
  from: CaseStatus;
  to: CaseTransitionTarget;
  sides: readonly CaseActorSide[];
  guard?: CaseMoveGuard;
};

/** What a move may depend on besides the status: the case's assessment and open request. */
export type CaseMoveContext = {
  pathway16dOpen: boolean;
  /** Where an open document request returns to; null when there is none. */
  resumeStatus: CaseStatus | null;
};

const city = ['city'] as const;
const employerSide = ['employer_side'] as const;
const bothSides = ['city', 'employer_side'] as const;

/** A document request can be made from these stages, and answering it returns there. */
export const documentRequestStages = [
  'in_review',
  'forwarded',
  'recognition_pending',
  'deficit_notice',
  'ba_consent_pending',
  'pre_approval_issued',
  'visa_appointment_booked',
  'visa_issued',
] as const satisfies readonly CaseStatus[];

/** Open stages before entry: the employer may withdraw from any of them. */
const withdrawableStages = [
  'submitted',
  'documents_requested',
  ...documentRequestStages,
] as const satisfies readonly CaseStatus[];

/** City staff may reject any open case, also after entry (e.g. the permit is refused). */
const rejectableStages = [
  ...withdrawableStages,
  'entered',
] as const satisfies readonly CaseStatus[];

/**
 * The procedure's forward moves. Steps that do not apply may be skipped: recognition already
 * held (forwarded → BA), no BA consent needed (→ pre-approval), an appointment the employer did
 * not report (pre-approval → visa decision). The employer records what the hire tells it.
 */
const forwardMoves: readonly CaseMove[] = [
  { from: 'submitted', to: 'in_review', sides: city },
  { from: 'in_review', to: 'forwarded', sides: city },
  { from: 'forwarded', to: 'recognition_pending', sides: city },
  { from: 'forwarded', to: 'ba_consent_pending', sides: city },
  { from: 'forwarded', to: 'pre_approval_issued', sides: city },
  { from: 'recognition_pending', to: 'deficit_notice', sides: city },
  { from: 'recognition_pending', to: 'ba_consent_pending', sides: city },
  { from: 'recognition_pending', to: 'pre_approval_issued', sides: city },
  { from: 'deficit_notice', to: 'ba_consent_pending', sides: city, guard: 'pathway_16d_open' },
  { from: 'ba_consent_pending', to: 'pre_approval_issued', sides: city },
  { from: 'pre_approval_issued', to: 'visa_appointment_booked', sides: bothSides },
  { from: 'pre_approval_issued', to: 'visa_issued', sides: bothSides },
  { from: 'pre_approval_issued', to: 'visa_refused', sides: bothSides },
  { from: 'visa_appointment_booked', to: 'visa_issued', sides: bothSides },
  { from: 'visa_appointment_booked', to: 'visa_refused', sides: bothSides },
  { from: 'visa_issued', to: 'entered', sides: bothSides },
  { from: 'entered', to: 'permit_issued', sides: city },
];

/** The one table of moves: the forward path, document requests and their answers, side exits. */
export const caseMoves: readonly CaseMove[] = [
  ...forwardMoves,
  ...documentRequestStages.map(
    (from): CaseMove => ({ from, to: 'documents_requested', sides: city }),
  ),
  // The employer answers by uploading; city staff may close a request answered otherwise.
  ...documentRequestStages.map(
    (to): CaseMove => ({
      from: 'documents_requested',
      to,
      sides: bothSides,
      guard: 'returns_to_requested_stage',
    }),
  ),
  ...rejectableStages.map((from): CaseMove => ({ from, to: 'rejected', sides: city })),
  ...withdrawableStages.map((from): CaseMove => ({ from, to: 'withdrawn', sides: employerSide })),
];

function passesGuard(move: CaseMove, context: CaseMoveContext): boolean {
  switch (move.guard) {
    case undefined:
      return true;
    case 'returns_to_requested_stage':
      return move.to === context.resumeStatus;
    case 'pathway_16d_open':
      return context.pathway16dOpen;
    default: {
      const unreachable: never = move.guard;
      return unreachable;
    }
  }
}

/** The targets the side may move the case to from its status, in the table's order. */
export function allowedTransitions(
  status: CaseStatus,
  side: CaseActorSide,
  context: CaseMoveContext,
): CaseTransitionTarget[] {
  return caseMoves
    .filter(
      (move) => move.from === status && move.sides.includes(side) && passesGuard(move, context),
    )
    .map((move) => move.to);
}

/** § 16d is open when the assessment found recognition measures eligible or conditional. */
export function isPathway16dOpen(assessment: {
  pathways: readonly { code: PathwayCode; result: PathwayResult }[];
}): boolean {
  const pathway = assessment.pathways.find((candidate) => candidate.code === '16d');
  return pathway !== undefined && pathway.result !== 'not_eligible';
}
