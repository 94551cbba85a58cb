import { type Db, schema } from '@itc/db';
import {
  type CaseCapabilities,
  type CaseDetail,
  type CaseEvent,
  type CaseStatus,
  type EmploymentEnded,
  isAfterEntry,
  progressStepOf,
  todayInGermany,
} from '@itc/shared';
import { eq, sql } from 'drizzle-orm';
import { preparedPerDb } from '../../lib/prepared-query';
import { listMandatedPartners } from '../../mandates/mandates.queries';
import { toSubmittedCase } from '../case.mapper';
import type { VisibleCase } from '../case-access.queries';
import { listActiveShares } from '../collaboration/case-shares.queries';
import { toBaConsent, toCaseDeadline } from './case-deadline.rules';
import { listDocumentRequests } from './case-document-requests.queries';
import { listCaseDocuments } from './case-documents.queries';
import { allowedTransitionsFor } from './case-move-context.queries';
import { listCaseEvents } from './case-timeline.queries';

type Reader = Pick<Db, 'select'>;

function findEmploymentEnded(timeline: CaseEvent[]): EmploymentEnded | null {
  const report = timeline.findLast((event) => event.kind === 'employment_ended');
  const { learnedOn, reportDueAt } = report?.details ?? {};
  if (!report || !learnedOn || !reportDueAt) return null;
  return {
    learnedOn,
    reportDueAt,
    reportedAt: report.createdAt,
    reportedLate: todayInGermany(new Date(report.createdAt)) > reportDueAt,
  };
}

/** The status before the last move: where a rejected or withdrawn case stood. */
function lastStatusBefore(timeline: CaseEvent[]): CaseStatus | null {
  return timeline.findLast((event) => event.kind === 'status_changed')?.fromStatus ?? null;
}

function capabilitiesOf(
  { caseRow, access, ownStaff }: VisibleCase,
  allowed: readonly string[],
  employmentEnded: EmploymentEnded | null,
): CaseCapabilities {
  const requestOpen = caseRow.status === 'documents_requested';
  return {
    writeMessages: true,
    readInternalNotes: access === 'city',
    assign: access === 'city',
    share: ownStaff,
    uploadRequestedDocuments: access === 'employer' && requestOpen,
    answerDocumentRequest:
      requestOpen && caseRow.resumeStatus !== null && allowed.includes(caseRow.resumeStatus),
    reportEmploymentEnded:
      access === 'employer' && isAfterEntry(caseRow.status) && employmentEnded === null,
  };
}

const selectUser = preparedPerDb((db) =>
  db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(eq(schema.users.id, sql.placeholder('userId')))
    .prepare(),
);

function findAssignee(db: Reader, userId: string | null) {
  if (!userId) return null;
  return selectUser(db).get({ userId }) ?? null;
}

/** `GET /cases/{id}`: the case as the caller may see it and act on it. */
export function assembleCaseDetail(db: Reader, visible: VisibleCase, today: string): CaseDetail {
  const { caseRow, access, ownStaff } = visible;
  const timeline = listCaseEvents(db, caseRow.id);
  const documentRequests = listDocumentRequests(db, caseRow.id);
  const openRequest = documentRequests.findLast((request) => request.answeredAt === null);
  const allowed = allowedTransitionsFor(caseRow, access);
  const employmentEnded = findEmploymentEnded(timeline);
  return {
    ...toSubmittedCase(caseRow),
    access,
    allowedTransitions: allowed,
    can: capabilitiesOf(visible, allowed, employmentEnded),
    progressStep: progressStepOf(caseRow.status, {
      resumeStatus: caseRow.resumeStatus,
      lastStatus: lastStatusBefore(timeline),
    }),
    resumeStatus: caseRow.resumeStatus,
    deadline: toCaseDeadline(caseRow.dueAt, today),
    baConsent: toBaConsent(caseRow.baConsentRequestedAt, caseRow.status, today),
    assignee: findAssignee(db, caseRow.assigneeUserId),
    timeline,
    openDocumentRequest: caseRow.status === 'documents_requested' ? (openRequest ?? null) : null,
    documentRequests,
    documents: listCaseDocuments(
      db,
      caseRow.precheckId,
      documentRequests.map((request) => request.id),
    ),
    // A partner reading one shared case does not learn whom else the employer asks.
    shares: access === 'shared' ? [] : listActiveShares(db, caseRow.id),
    // For the share form of the employer's own staff; no partner learns whom else it mandated.
    partnersWithMandate: ownStaff ? listMandatedPartners(db, caseRow.organizationId) : [],
    employmentEnded,
    updatedAt: caseRow.updatedAt,
    closedAt: caseRow.closedAt,
  };
}
