import { type Db, schema } from '@itc/db';
import {
  emptyPrecheckAnswers,
  type RetentionPreview,
  retentionPreviewDays,
  retentionPreviewLimit,
  todayInGermany,
} from '@itc/shared';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { writeAudit } from '../audit/write-audit';
import { removeStoredFile } from '../documents/document-storage.service';
import { days } from '../lib/clock';
import {
  countDueCases,
  countDueHires,
  type DueCaseRow,
  type DueHireRow,
  findDueCases,
  findDueHires,
} from './retention.queries';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * What replaces the frozen submission and assessment of an erased case. The columns are NOT
 * NULL; nothing parses them any more, as an erased case is no longer shown.
 */
const erasedMarker = sql`'{"erased":true}'`;

/** Records whose period began at or before this instant are due at `at`. */
function cutoffAt(at: Date, retentionDays: number): string {
  return new Date(at.getTime() - days(retentionDays)).toISOString();
}

function deletionDateOf(since: string, retentionDays: number): string {
  return todayInGermany(new Date(new Date(since).getTime() + days(retentionDays)));
}

/** Deletes the documents of the pre-checks and returns their storage keys for the files. */
function deleteDocuments(tx: Tx, precheckIds: string[]): string[] {
  if (precheckIds.length === 0) return [];
  const where = inArray(schema.documents.precheckId, precheckIds);
  const keys = tx
    .select({ storageKey: schema.documents.storageKey })
    .from(schema.documents)
    .where(where)
    .all()
    .map((row) => row.storageKey);
  tx.delete(schema.documents).where(where).run();
  return keys;
}

function emptyPrechecks(tx: Tx, precheckIds: string[]): void {
  if (precheckIds.length === 0) return;
  tx.update(schema.prechecks)
    .set({ answers: emptyPrecheckAnswers, assessment: null })
    .where(inArray(schema.prechecks.id, precheckIds))
    .run();
}

/**
 * Erases a case's personal data in one transaction: it keeps its reference, status, stages with
 * their dates and actors, occupation field and nationality, which is all the dashboard counts.
 */
function eraseCase(db: Db, row: DueCaseRow, now: Date): string[] {
  return db.transaction((tx) => {
    const caseRow = tx
      .select({ precheckId: schema.cases.precheckId })
      .from(schema.cases)
      .where(eq(schema.cases.id, row.id))
      .get();
    if (!caseRow) return [];
    const storageKeys = deleteDocuments(tx, [caseRow.precheckId]);
    emptyPrechecks(tx, [caseRow.precheckId]);
    tx.delete(schema.caseMessages).where(eq(schema.caseMessages.caseId, row.id)).run();
    tx.delete(schema.caseDocumentRequests)
      .where(eq(schema.caseDocumentRequests.caseId, row.id))
      .run();
    tx.delete(schema.caseShares).where(eq(schema.caseShares.caseId, row.id)).run();
    tx.delete(schema.notifications).where(eq(schema.notifications.caseId, row.id)).run();
    tx.update(schema.caseEvents)
      .set({ note: null, data: null })
      .where(eq(schema.caseEvents.caseId, row.id))
      .run();
    // The full-text index follows hire_name by trigger, so the name is no longer found either.
    tx.update(schema.cases)
      .set({
        hireName: '',
        submission: erasedMarker,
        assessment: erasedMarker,
        erasedAt: now.toISOString(),
      })
      .where(eq(schema.cases.id, row.id))
      .run();
    writeAudit(
      tx,
      {
        actor: null,
        action: 'retention.case_erased',
        target: { type: 'case', id: row.id },
        after: { reference: row.reference },
      },
      now,
    );
    return storageKeys;
  });
}

/** Overwrites the hire's personal data with neutral values; its nationality stays for figures. */
function eraseHire(db: Db, row: DueHireRow, now: Date): string[] {
  return db.transaction((tx) => {
    const hire = tx
      .select({ qualification: schema.hires.qualification })
      .from(schema.hires)
      .where(eq(schema.hires.id, row.id))
      .get();
    if (!hire) return [];
    const precheckIds = tx
      .select({ id: schema.prechecks.id })
      .from(schema.prechecks)
      .where(eq(schema.prechecks.hireId, row.id))
      .all()
      .map((precheck) => precheck.id);
    const storageKeys = deleteDocuments(tx, precheckIds);
    emptyPrechecks(tx, precheckIds);
    tx.update(schema.hires)
      .set({
        givenNames: '',
        familyName: '',
        searchName: '',
        dateOfBirth: '',
        passportNumber: '',
        passportExpiry: '',
        residenceCountry: '',
        email: null,
        qualification: { ...hire.qualification, title: null, country: null, completedYear: null },
        familyMembers: [],
        erasedAt: now.toISOString(),
      })
      .where(eq(schema.hires.id, row.id))
      .run();
    writeAudit(
      tx,
      { actor: null, action: 'retention.hire_erased', target: { type: 'hire', id: row.id } },
      now,
    );
    return storageKeys;
  });
}

/** Files go after the commit: a rollback must not leave rows whose files are gone. */
async function removeFiles(uploadDir: string, storageKeys: string[], logger: Logger) {
  let failed = 0;
  for (const storageKey of storageKeys) {
    try {
      await removeStoredFile(uploadDir, storageKey);
    } catch (error) {
      failed += 1;
      // The storage key is random and names no one; the file name is never logged.
      logger.error(
        { storageKey, code: (error as NodeJS.ErrnoException).code },
        'retention: removing a stored file failed',
      );
    }
  }
  return failed;
}

export type RetentionRun = {
  /** References of the cases erased (or, on a dry run, due). */
  caseReferences: string[];
  hires: number;
  files: number;
};

/**
 * Erases every case and hire whose retention period has run. Cases first, so a hire whose last
 * case is due is erased in the same run. `dryRun` only reports what is due.
 */
export async function runRetention(options: {
  db: Db;
  now: Date;
  retentionDays: number;
  uploadDir: string;
  logger: Logger;
  dryRun?: boolean;
}): Promise<RetentionRun> {
  const { db, now, retentionDays, uploadDir, logger, dryRun = false } = options;
  const cutoff = cutoffAt(now, retentionDays);
  const dueCases = findDueCases(db, cutoff);
  if (dryRun) {
    return {
      caseReferences: dueCases.map((row) => row.reference),
      hires: findDueHires(db, cutoff).length,
      files: 0,
    };
  }
  const storageKeys: string[] = [];
  for (const row of dueCases) storageKeys.push(...eraseCase(db, row, now));
  const dueHires = findDueHires(db, cutoff);
  for (const row of dueHires) storageKeys.push(...eraseHire(db, row, now));
  const failed = await removeFiles(uploadDir, storageKeys, logger);
  return {
    caseReferences: dueCases.map((row) => row.reference),
    hires: dueHires.length,
    files: storageKeys.length - failed,
  };
}

/** What the daily run deletes from today until `retentionPreviewDays` ahead, for the admin. */
export function previewRetention(options: {
  db: Db;
  now: Date;
  retentionDays: number;
}): RetentionPreview {
  const { db, now, retentionDays } = options;
  const cutoff = cutoffAt(new Date(now.getTime() + days(retentionPreviewDays)), retentionDays);
  return {
    retentionDays,
    windowDays: retentionPreviewDays,
    cases: {
      items: findDueCases(db, cutoff, retentionPreviewLimit).map((row) => ({
        id: row.id,
        reference: row.reference,
        status: row.status,
        closedAt: row.retentionStart,
        deletionDate: deletionDateOf(row.retentionStart, retentionDays),
      })),
      total: countDueCases(db, cutoff),
    },
    hires: {
      items: findDueHires(db, cutoff, retentionPreviewLimit).map((row) => ({
        id: row.id,
        name: `${row.givenNames} ${row.familyName}`,
        organizationName: row.organizationName,
        archivedAt: row.archivedAt,
        since: row.since,
        deletionDate: deletionDateOf(row.since, retentionDays),
      })),
      total: countDueHires(db, cutoff),
    },
  };
}
