import { describe, expect, it } from 'vitest';
import { pathwayCodes } from '../prechecks';
import {
  type CaseActorSide,
  type CaseStatus,
  type CaseTransitionTarget,
  caseActorSides,
  caseStatuses,
  caseTransitionTargets,
  finalCaseStatuses,
} from './case-statuses';
import {
  allowedTransitions,
  type CaseMoveContext,
  caseMoves,
  documentRequestStages,
  isPathway16dOpen,
} from './case-transitions';

const closed16d: CaseMoveContext = { pathway16dOpen: false, resumeStatus: null };

const exits = { city: ['rejected'], employer_side: ['withdrawn'] } as const;

/**
 * The specification, written out independently of the table: for each status, what each side
 * may do (16d closed, no open request). Everything not listed is forbidden.
 */
const expected: Record<CaseStatus, Record<CaseActorSide, CaseTransitionTarget[]>> = {
  submitted: { city: ['in_review', 'rejected'], employer_side: ['withdrawn'] },
  in_review: {
    city: ['forwarded', 'documents_requested', 'rejected'],
    employer_side: ['withdrawn'],
  },
  documents_requested: { city: ['rejected'], employer_side: ['withdrawn'] },
  forwarded: {
    city: [
      'recognition_pending',
      'ba_consent_pending',
      'pre_approval_issued',
      'documents_requested',
      'rejected',
    ],
    employer_side: ['withdrawn'],
  },
  recognition_pending: {
    city: [
      'deficit_notice',
      'ba_consent_pending',
      'pre_approval_issued',
      'documents_requested',
      'rejected',
    ],
    employer_side: ['withdrawn'],
  },
  deficit_notice: { city: ['documents_requested', 'rejected'], employer_side: ['withdrawn'] },
  ba_consent_pending: {
    city: ['pre_approval_issued', 'documents_requested', 'rejected'],
    employer_side: ['withdrawn'],
  },
  pre_approval_issued: {
    city: [
      'visa_appointment_booked',
      'visa_issued',
      'visa_refused',
      'documents_requested',
      'rejected',
    ],
    employer_side: ['visa_appointment_booked', 'visa_issued', 'visa_refused', 'withdrawn'],
  },
  visa_appointment_booked: {
    city: ['visa_issued', 'visa_refused', 'documents_requested', 'rejected'],
    employer_side: ['visa_issued', 'visa_refused', 'withdrawn'],
  },
  visa_issued: {
    city: ['entered', 'documents_requested', 'rejected'],
    employer_side: ['entered', 'withdrawn'],
  },
  visa_refused: { city: [], employer_side: [] },
  entered: { city: ['permit_issued', 'rejected'], employer_side: [] },
  permit_issued: { city: [], employer_side: [] },
  rejected: { city: [], employer_side: [] },
  withdrawn: { city: [], employer_side: [] },
};

const cells = caseStatuses.flatMap((status) =>
  caseActorSides.flatMap((side) => caseTransitionTargets.map((to) => ({ status, side, to }))),
);

describe('case state machine', () => {
  it.each(cells)('$side: $status → $to', ({ status, side, to }) => {
    const allowed = allowedTransitions(status, side, closed16d);
    expect(allowed.includes(to)).toBe(expected[status][side].includes(to));
  });

  it('lists the allowed moves without duplicates', () => {
    for (const status of caseStatuses) {
      for (const side of caseActorSides) {
        const allowed = allowedTransitions(status, side, closed16d);
        expect(new Set(allowed).size, `${side} ${status}`).toBe(allowed.length);
      }
    }
  });

  it('has no move out of a final status, for anyone, in any context', () => {
    for (const status of finalCaseStatuses) {
      for (const side of caseActorSides) {
        for (const pathway16dOpen of [true, false]) {
          for (const resumeStatus of [null, ...documentRequestStages]) {
            expect(allowedTransitions(status, side, { pathway16dOpen, resumeStatus })).toEqual([]);
          }
        }
      }
    }
    expect(caseMoves.filter((move) => finalCaseStatuses.some((s) => s === move.from))).toEqual([]);
  });

  it('continues a deficit notice to the BA under § 16d only when the pathway is open', () => {
    const open = { pathway16dOpen: true, resumeStatus: null };
    expect(allowedTransitions('deficit_notice', 'city', open)).toContain('ba_consent_pending');
    expect(allowedTransitions('deficit_notice', 'city', closed16d)).not.toContain(
      'ba_consent_pending',
    );
    expect(allowedTransitions('deficit_notice', 'employer_side', open)).toEqual([
      ...exits.employer_side,
    ]);
    // The 16d context changes nothing elsewhere.
    for (const status of caseStatuses.filter((s) => s !== 'deficit_notice')) {
      for (const side of caseActorSides) {
        expect(allowedTransitions(status, side, open)).toEqual(
          allowedTransitions(status, side, closed16d),
        );
      }
    }
  });

  it('requests documents from review and from forwarded up to the visa, not before or after', () => {
    const requestable = caseStatuses.filter((status) =>
      allowedTransitions(status, 'city', closed16d).includes('documents_requested'),
    );
    expect(requestable).toEqual([
      'in_review',
      'forwarded',
      'recognition_pending',
      'deficit_notice',
      'ba_consent_pending',
      'pre_approval_issued',
      'visa_appointment_booked',
      'visa_issued',
    ]);
    for (const status of ['submitted', 'documents_requested', 'entered'] as const) {
      expect(requestable).not.toContain(status);
    }
    for (const status of caseStatuses) {
      expect(allowedTransitions(status, 'employer_side', closed16d)).not.toContain(
        'documents_requested',
      );
    }
  });

  it.each(documentRequestStages)('answering a request made in %s returns there', (stage) => {
    const context = { pathway16dOpen: true, resumeStatus: stage };
    expect(allowedTransitions('documents_requested', 'employer_side', context)).toEqual([
      stage,
      'withdrawn',
    ]);
    expect(allowedTransitions('documents_requested', 'city', context)).toEqual([stage, 'rejected']);
  });

  it('lets the employer side record the visa, the entry and withdraw, nothing of the authorities', () => {
    const employerTargets = new Set(
      caseStatuses.flatMap((status) =>
        allowedTransitions(status, 'employer_side', { pathway16dOpen: true, resumeStatus: null }),
      ),
    );
    expect([...employerTargets].sort()).toEqual(
      ['entered', 'visa_appointment_booked', 'visa_issued', 'visa_refused', 'withdrawn'].sort(),
    );
  });

  it('reads the § 16d pathway from the assessment', () => {
    const withResult = (result: 'eligible' | 'conditional' | 'not_eligible') => ({
      pathways: pathwayCodes.map((code) => ({
        code,
        result: code === '16d' ? result : ('eligible' as const),
      })),
    });
    expect(isPathway16dOpen(withResult('eligible'))).toBe(true);
    expect(isPathway16dOpen(withResult('conditional'))).toBe(true);
    expect(isPathway16dOpen(withResult('not_eligible'))).toBe(false);
  });
});
