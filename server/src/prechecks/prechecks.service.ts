import { type Db, newId, schema } from '@itc/db';
import { emptyPrecheckAnswers, type Locale, type Precheck, type SavePrecheck } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { assertCanAct, onBehalfOf } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { writeAudit } from '../audit/write-audit';
import { AppError } from '../lib/app-error';
import { assessDraft } from './assess-draft';
import { assertCurrentVersion, assertDraft, findPrecheckToActOn } from './precheck-access';
import { assemblePrecheck } from './prechecks.queries';
import { assertResidenceTitleOpen } from './residence-title-check';

function findHire(db: Pick<Db, 'select'>, hireId: string) {
  const hire = db.select().from(schema.hires).where(eq(schema.hires.id, hireId)).get();
  if (!hire) throw new AppError('not_found');
  return hire;
}

/**
 * Starts a pre-check for an active hire. One draft per hire: a second start answers 409 with
 * the open draft's id, so the wizard can resume it.
 */
export function createPrecheck(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  hireId: string;
}): Precheck {
  const { db, now, auth, hireId } = options;
  return db.transaction((tx) => {
    const hire = findHire(tx, hireId);
    assertCanAct(tx, auth, hire.organizationId);
    if (hire.status !== 'active') {
      throw new AppError('hire_not_active', {
        detail: `A pre-check can be started only for an active hire; this one is ${hire.status}.`,
      });
    }
    const open = tx
      .select({ id: schema.prechecks.id })
      .from(schema.prechecks)
      .where(and(eq(schema.prechecks.hireId, hireId), eq(schema.prechecks.status, 'draft')))
      .get();
    if (open) {
      throw new AppError('precheck_in_progress', {
        detail: 'This hire already has a pre-check in progress.',
        extra: { precheckId: open.id },
      });
    }
    const timestamp = now.toISOString();
    const precheck = tx
      .insert(schema.prechecks)
      .values({
        id: newId(),
        hireId,
        organizationId: hire.organizationId,
        status: 'draft',
        step: 'job',
        answers: emptyPrecheckAnswers,
        assessment: null,
        createdBy: auth.user.id,
        createdAt: timestamp,
        updatedAt: timestamp,
        version: 1,
      })
      .returning()
      .get();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.organization.id },
        onBehalfOfOrganizationId: onBehalfOf(auth, hire.organizationId),
        action: 'precheck.created',
        target: { type: 'precheck', id: precheck.id },
        after: { hireId },
      },
      now,
    );
    return assemblePrecheck(tx, { precheck, hire });
  });
}

/**
 * Saves a draft's step and answers and re-evaluates them on the server; the client's own live
 * assessment is never trusted, and a chosen residence title must be open under the server's. A stale `version` is a 409 and writes nothing. The check and the
 * write share one synchronous SQLite transaction, so nothing can slip in between.
 */
export function savePrecheck(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  locale: Locale;
  id: string;
  input: SavePrecheck;
}): Precheck {
  const { db, now, auth, locale, id, input } = options;
  return db.transaction((tx) => {
    const { precheck, hire } = findPrecheckToActOn(tx, auth, id);
    assertDraft(precheck);
    assertCurrentVersion(precheck, input.version);
    const { assessment } = assessDraft(hire, input.answers, locale);
    assertResidenceTitleOpen(input.answers, assessment, locale);
    const saved = tx
      .update(schema.prechecks)
      .set({
        step: input.step,
        answers: input.answers,
        assessment,
        updatedAt: now.toISOString(),
        version: precheck.version + 1,
      })
      .where(eq(schema.prechecks.id, id))
      .returning()
      .get();
    return assemblePrecheck(tx, { precheck: saved!, hire });
  });
}
