import { type Db, schema } from '@itc/db';
import type { CaseTransitionRequest } from '@itc/shared';
import { todayInGermany } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../audit/write-audit';
import type { CaseRow } from './case.mapper';
import { moveDetails, type StageChanges } from './workflow/case-stage-changes.mapper';
import { openDocumentRequest } from './workflow/document-requests.service';

/**
 * The writes every case goes through, whoever makes it: the services (`openCase`, `moveCase`,
 * `assignCase`, the employment-ended report), the demo and bench seeds and the tests' cases. So
 * a seeded case has the same rows, events and audit entries as one the API made. The callers
 * decide whether a change is allowed; these functions only record it, inside their transaction.
 */

type Tx = Pick<Db, 'insert' | 'update'>;

/** The user making a change and the organisation they act for. */
export type CaseActor = { userId: string; organizationId: string };

/** One entry on a case's timeline. */
export function recordCaseEvent(
  tx: Pick<Db, 'insert'>,
  event: typeof schema.caseEvents.$inferInsert,
): void {
  tx.insert(schema.caseEvents).values(event).run();
}

/**
 * A move to `request.to` with its effects (`changes`): the case row, guarded by the version the
 * caller read, a new document request, the hire's status, the event and the audit entry. Answers
 * the row after the move, or null when another move came first and nothing was written.
 */
export function recordStageChange(
  tx: Tx,
  options: {
    now: Date;
    actor: CaseActor;
    /** The employer city staff act for; null when the employer side moves its own case. */
    onBehalfOfOrganizationId: string | null;
    caseRow: CaseRow;
    request: CaseTransitionRequest;
    changes: StageChanges;
    /** The document request this move answered, named on its event. */
    answeredRequestId: string | null;
  },
): CaseRow | null {
  const { now, actor, onBehalfOfOrganizationId, caseRow, request, changes } = options;
  const timestamp = now.toISOString();
  // The version in the WHERE clause is the real guard: two reviewers never overwrite each other.
  const moved = tx
    .update(schema.cases)
    .set({
      status: request.to,
      version: caseRow.version + 1,
      dueAt: changes.dueAt,
      resumeStatus: changes.resumeStatus,
      baConsentRequestedAt: changes.baConsentRequestedAt,
      closedAt: changes.closedAt,
      updatedAt: timestamp,
    })
    .where(and(eq(schema.cases.id, caseRow.id), eq(schema.cases.version, caseRow.version)))
    .returning()
    .get();
  if (!moved) return null;
  const documentRequestId =
    request.to === 'documents_requested'
      ? openDocumentRequest(tx, {
          caseId: caseRow.id,
          fromStatus: caseRow.status,
          documents: request.documents,
          message: request.message,
          dueAt: changes.dueAt ?? todayInGermany(now),
          requestedBy: actor.userId,
          requestedAt: timestamp,
        })
      : options.answeredRequestId;
  recordCaseEvent(tx, {
    caseId: caseRow.id,
    kind: 'status_changed',
    fromStatus: caseRow.status,
    toStatus: request.to,
    actorUserId: actor.userId,
    actingOrganizationId: actor.organizationId,
    note: request.note || null,
    data: { ...moveDetails(request), ...(documentRequestId ? { documentRequestId } : {}) },
    createdAt: timestamp,
  });
  if (changes.hireStatus) {
    tx.update(schema.hires)
      .set({ status: changes.hireStatus, updatedAt: timestamp })
      .where(and(eq(schema.hires.id, caseRow.hireId), eq(schema.hires.status, 'in_procedure')))
      .run();
  }
  writeAudit(
    tx,
    {
      actor,
      onBehalfOfOrganizationId,
      action: 'case.transitioned',
      target: { type: 'case', id: caseRow.id },
      reason: 'reason' in request ? request.reason : null,
      before: { status: caseRow.status, version: caseRow.version, dueAt: caseRow.dueAt },
      after: { status: request.to, version: moved.version, dueAt: changes.dueAt },
    },
    now,
  );
  return moved;
}

/** City staff take a case or hand it on; not a move, so the version stays. */
export function recordAssignment(
  tx: Tx,
  options: { now: Date; actor: CaseActor; caseRow: CaseRow; assigneeUserId: string | null },
): void {
  const { now, actor, caseRow, assigneeUserId } = options;
  tx.update(schema.cases)
    .set({ assigneeUserId, updatedAt: now.toISOString() })
    .where(eq(schema.cases.id, caseRow.id))
    .run();
  writeAudit(
    tx,
    {
      actor,
      action: 'case.assigned',
      target: { type: 'case', id: caseRow.id },
      before: { assigneeUserId: caseRow.assigneeUserId },
      after: { assigneeUserId },
    },
    now,
  );
}
