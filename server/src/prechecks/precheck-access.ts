import { type Db, schema } from '@itc/db';
import { and, eq, isNull } from 'drizzle-orm';
import { assertCanAct, assertCanView } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';

export type PrecheckRow = typeof schema.prechecks.$inferSelect;
export type HireRow = typeof schema.hires.$inferSelect;
export type PrecheckRecord = { precheck: PrecheckRow; hire: HireRow };

type Reader = Pick<Db, 'select'>;

function findPrecheck(db: Reader, id: string): PrecheckRecord {
  const row = db
    .select({ precheck: schema.prechecks, hire: schema.hires })
    .from(schema.prechecks)
    .innerJoin(schema.hires, eq(schema.hires.id, schema.prechecks.hireId))
    // A pre-check of a hire erased by the retention run is gone with it.
    .where(and(eq(schema.prechecks.id, id), isNull(schema.hires.erasedAt)))
    .get();
  if (!row) throw new AppError('not_found');
  return row;
}

/** The pre-check with its hire, if the caller may see the hire's employer; 404 otherwise. */
export function findPrecheckToView(db: Reader, auth: AuthContext, id: string): PrecheckRecord {
  const record = findPrecheck(db, id);
  assertCanView(db, auth, record.hire.organizationId);
  return record;
}

/** The pre-check with its hire, if the caller may work for the hire's employer. */
export function findPrecheckToActOn(db: Reader, auth: AuthContext, id: string): PrecheckRecord {
  const record = findPrecheck(db, id);
  assertCanAct(db, auth, record.hire.organizationId);
  return record;
}

/** Only drafts change; a submitted pre-check is frozen in its case. */
export function assertDraft(precheck: PrecheckRow): void {
  if (precheck.status !== 'draft') {
    throw new AppError('precheck_submitted', {
      detail: 'This pre-check has been submitted and can no longer be changed.',
    });
  }
}

/** Optimistic locking: the client sends the version it last read. */
export function assertCurrentVersion(precheck: PrecheckRow, version: number): void {
  if (precheck.version !== version) {
    throw new AppError('stale_version', {
      detail: 'The pre-check was changed in the meantime. Please reload it and try again.',
      extra: { currentVersion: precheck.version },
    });
  }
}
