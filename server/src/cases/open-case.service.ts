import { type Db, newId, schema } from '@itc/db';
import { findOccupation, type PrecheckAssessment, type PrecheckSubmission } from '@itc/shared';
import { writeAudit } from '../audit/write-audit';
import type { CaseRow } from './case.mapper';
import { nextCaseReference } from './case-reference.service';
import { type CaseActor, recordCaseEvent } from './case-writer.service';

/** Every case starts here; the review workflow moves it on from this status. */
const initialStatus = 'submitted';

/**
 * Opens the case for a submitted pre-check with its reference, its first event (from nothing to
 * `submitted`) and the submission's audit entry. Runs inside the submission's transaction; the
 * seeds call it too, with the time of a past submission as `now`.
 */
export function openCase(
  tx: Pick<Db, 'insert'>,
  options: {
    now: Date;
    actor: CaseActor;
    /** The employer a partner submits for; null when the employer submits itself. */
    onBehalfOfOrganizationId: string | null;
    precheckId: string;
    hireId: string;
    organizationId: string;
    submission: PrecheckSubmission;
    assessment: PrecheckAssessment;
  },
): CaseRow {
  const { now, actor, precheckId, hireId, organizationId, submission, assessment } = options;
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
      submittedBy: actor.userId,
      submittedAt: timestamp,
      updatedAt: timestamp,
    })
    .returning()
    .get();
  recordCaseEvent(tx, {
    caseId: row.id,
    fromStatus: null,
    toStatus: initialStatus,
    actorUserId: actor.userId,
    actingOrganizationId: actor.organizationId,
    data: { precheckId },
    createdAt: timestamp,
  });
  writeAudit(
    tx,
    {
      actor,
      onBehalfOfOrganizationId: options.onBehalfOfOrganizationId,
      action: 'precheck.submitted',
      target: { type: 'precheck', id: precheckId },
      // Only a draft of an active hire is submitted.
      before: { status: 'draft', hireStatus: 'active' },
      after: { status: 'submitted', caseId: row.id, reference: row.reference },
    },
    now,
  );
  return row;
}
