import { type Db, schema } from '@itc/db';
import type { ExportedCase, ExportedPrecheck, Hire, PersonalDataExport } from '@itc/shared';
import { precheckStepSchema } from '@itc/shared';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { listCaseMessages } from '../cases/collaboration/case-messages.queries';
import { listDocumentRequests } from '../cases/workflow/case-document-requests.queries';
import { listCaseEvents } from '../cases/workflow/case-timeline.queries';
import { toDocument } from '../documents/document.mapper';

type Reader = Pick<Db, 'select'>;

/** A file to put into the ZIP: where it is stored and the name it gets there. */
export type ExportedFile = { path: string; storageKey: string };

/** Far more than any thread holds: the export reads it whole, not page by page. */
const allMessages = 100_000;

function listPrecheckRows(db: Reader, hireId: string) {
  return db
    .select()
    .from(schema.prechecks)
    .where(eq(schema.prechecks.hireId, hireId))
    .orderBy(asc(schema.prechecks.createdAt), asc(schema.prechecks.id))
    .all();
}

function listDocumentRows(db: Reader, precheckId: string) {
  return db
    .select()
    .from(schema.documents)
    .where(eq(schema.documents.precheckId, precheckId))
    .orderBy(asc(schema.documents.uploadedAt), asc(schema.documents.id))
    .all();
}

function listCases(db: Reader, hireId: string): ExportedCase[] {
  return db
    .select()
    .from(schema.cases)
    .where(and(eq(schema.cases.hireId, hireId), isNull(schema.cases.erasedAt)))
    .orderBy(asc(schema.cases.submittedAt), asc(schema.cases.id))
    .all()
    .map((row) => ({
      id: row.id,
      reference: row.reference,
      precheckId: row.precheckId,
      status: row.status,
      submittedAt: row.submittedAt,
      closedAt: row.closedAt,
      submission: row.submission,
      assessment: row.assessment,
      timeline: listCaseEvents(db, row.id),
      // Internal notes are the city's working notes, not messages to the employer.
      messages: listCaseMessages({
        db,
        caseId: row.id,
        includeInternal: false,
        limit: allMessages,
      }).items.map(({ internal: _internal, ...message }) => message),
      documentRequests: listDocumentRequests(db, row.id),
    }));
}

/**
 * The JSON of the export and the files that go with it, numbered in the order the pre-checks
 * were started and the files uploaded.
 */
export function buildPersonalDataExport(options: {
  db: Reader;
  auth: AuthContext;
  hire: Hire;
  now: Date;
}): { data: PersonalDataExport; files: ExportedFile[] } {
  const { db, auth, hire, now } = options;
  const files: ExportedFile[] = [];
  const prechecks: ExportedPrecheck[] = listPrecheckRows(db, hire.id).map((precheck) => ({
    id: precheck.id,
    status: precheck.status,
    step: precheckStepSchema.parse(precheck.step),
    answers: precheck.answers,
    assessment: precheck.assessment ?? null,
    createdAt: precheck.createdAt,
    updatedAt: precheck.updatedAt,
    documents: listDocumentRows(db, precheck.id).map((row) => {
      const path = `documents/${files.length + 1}-${row.requirementCode}-${row.fileName}`;
      files.push({ path, storageKey: row.storageKey });
      return { ...toDocument(row), documentRequestId: row.documentRequestId, path };
    }),
  }));
  return {
    data: {
      format: 'itc-personal-data-export/1',
      exportedAt: now.toISOString(),
      exportedBy: { name: auth.user.name, organizationName: auth.organization.name },
      hire,
      prechecks,
      cases: listCases(db, hire.id),
    },
    files,
  };
}
