import { type Db, newId, schema } from '@itc/db';
import { findOccupation, type PrecheckAssessment, type PrecheckSubmission } from '@itc/shared';
import type { AuthContext } from '../app-env';
import type { CaseRow } from './case.mapper';
import { nextCaseReference } from './case-reference';

/** Every case starts here; the review workflow moves it on from this status. */
const initialStatus = 'submitted';

/**
 * Opens the case for a submitted pre-check with its first event (from nothing to `submitted`).
 * Runs inside the submission's transaction.
 */
export function openCase(
  tx: Pick<Db, 'insert'>,
  options: {
    now: Date;
    auth: AuthContext;
    precheckId: string;
    hireId: string;
    organizationId: string;
    submission: PrecheckSubmission;
    assessment: PrecheckAssessment;
  },
): CaseRow {
  const { now, auth, precheckId, hireId, organizationId, submission, assessment } = options;
  const timestamp = now.toISOString();
  const row = tx
    .insert(schema.cases)
    .values({
      id: newId(),
      reference: nextCaseReference(tx, now),
      precheckId,
      hireId,
      organizationId,
      status: initialStatus,
      version: 1,
      submission,
      assessment,
      hireName: `${submission.hire.givenNames} ${submission.hire.familyName}`,
      employerName: submission.organizationName,
      nationality: submission.hire.nationality,
      occupationField: findOccupation(submission.answers.job.iscoCode ?? '')?.field ?? null,
      submittedBy: auth.user.id,
      submittedAt: timestamp,
      updatedAt: timestamp,
    })
    .returning()
    .get();
  tx.insert(schema.caseEvents)
    .values({
      caseId: row.id,
      fromStatus: null,
      toStatus: initialStatus,
      actorUserId: auth.user.id,
      actingOrganizationId: auth.organization.id,
      data: { precheckId },
      createdAt: timestamp,
    })
    .run();
  return row;
}
