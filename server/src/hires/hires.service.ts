import { type Db, newId, schema, toHireValues } from '@itc/db';
import {
  type AuditAction,
  type CreateHire,
  type Hire,
  isCityRole,
  type UpdateHire,
} from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { assertCanAct, onBehalfOf } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { type AuditChange, writeAudit } from '../audit/write-audit';
import { AppError } from '../lib/app-error';
import { invalidFields } from '../lib/validation-errors';
import { assertValidHire } from './assert-valid-hire';
import { changedHireFields } from './changed-hire-fields';
import { toHireInput } from './hire.mapper';
import { findHire } from './hires.queries';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;
type WriteOptions = { db: Db; now: Date; actor: AuthContext };

/**
 * The employer a new hire belongs to: an HR user's own, or for a partner the mandating employer
 * it names. City staff review hires but do not prepare them.
 */
function employerForNewHire(db: Tx, actor: AuthContext, requested: string | undefined): string {
  if (isCityRole(actor.user.role)) throw new AppError('forbidden');
  const employerId =
    requested ?? (actor.organization.type === 'employer' ? actor.organization.id : undefined);
  if (!employerId) {
    throw invalidFields([{ path: 'organizationId', message: 'required' }], actor.user.locale);
  }
  assertCanAct(db, actor, employerId);
  return employerId;
}

/** A hire the caller may change; 404 when it is not theirs to see, 403 for city staff. */
function findActableHire(db: Tx, actor: AuthContext, id: string) {
  const row = db.select().from(schema.hires).where(eq(schema.hires.id, id)).get();
  if (!row) throw new AppError('not_found');
  assertCanAct(db, actor, row.organizationId);
  return row;
}

function auditHire<A extends AuditAction>(
  db: Tx,
  scope: { actor: AuthContext; employerId: string; hireId: string },
  change: AuditChange<A>,
  now: Date,
): void {
  const { actor, employerId, hireId } = scope;
  writeAudit(
    db,
    {
      actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
      onBehalfOfOrganizationId: onBehalfOf(actor, employerId),
      target: { type: 'hire', id: hireId },
      ...change,
    },
    now,
  );
}

/** The hire is read back inside the transaction that wrote it. */
function readHire(db: Tx, id: string): Hire {
  const hire = findHire(db, id);
  if (!hire) throw new AppError('not_found');
  return hire;
}

export function createHire(options: WriteOptions & { input: CreateHire }): Hire {
  const { db, now, actor, input } = options;
  const { organizationId: requested, ...hire } = input;
  return db.transaction((tx) => {
    const employerId = employerForNewHire(tx, actor, requested);
    assertValidHire(hire, now, actor.user.locale);
    const id = newId();
    tx.insert(schema.hires)
      .values({
        id,
        organizationId: employerId,
        ...toHireValues(hire),
        status: 'active',
        createdBy: actor.user.id,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .run();
    auditHire(
      tx,
      { actor, employerId, hireId: id },
      { action: 'hire.created', after: { status: 'active' } },
      now,
    );
    return readHire(tx, id);
  });
}

/** A full replacement, refused when someone else saved in between (stale `version`). */
export function updateHire(options: WriteOptions & { id: string; input: UpdateHire }): Hire {
  const { db, now, actor, id, input } = options;
  const { version, ...hire } = input;
  return db.transaction((tx) => {
    const before = findActableHire(tx, actor, id);
    if (before.status === 'archived') {
      throw new AppError('hire_archived', { detail: 'An archived hire cannot be edited.' });
    }
    if (before.version !== version) {
      throw new AppError('stale_version', {
        detail: 'Someone else has changed this hire in the meantime. Please reload it.',
        extra: { currentVersion: before.version },
      });
    }
    assertValidHire(hire, now, actor.user.locale);
    tx.update(schema.hires)
      .set({ ...toHireValues(hire), version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(schema.hires.id, id), eq(schema.hires.version, version)))
      .run();
    auditHire(
      tx,
      { actor, employerId: before.organizationId, hireId: id },
      {
        action: 'hire.updated',
        before: { version },
        after: {
          version: version + 1,
          changedFields: changedHireFields(toHireInput(before), hire),
        },
      },
      now,
    );
    return readHire(tx, id);
  });
}

/** Archiving hides a hire from the active list; one with an open case must keep it. */
export function archiveHire(options: WriteOptions & { id: string }): Hire {
  const { db, now, actor, id } = options;
  return db.transaction((tx) => {
    const before = findActableHire(tx, actor, id);
    if (before.status === 'archived') {
      throw new AppError('hire_archived', { detail: 'The hire is already archived.' });
    }
    if (before.status === 'in_procedure') {
      throw new AppError('hire_in_procedure', {
        detail: 'The hire has an open case and cannot be archived until it is closed.',
      });
    }
    tx.update(schema.hires)
      .set({
        status: 'archived',
        version: before.version + 1,
        updatedAt: now.toISOString(),
        archivedAt: now.toISOString(),
      })
      .where(eq(schema.hires.id, id))
      .run();
    auditHire(
      tx,
      { actor, employerId: before.organizationId, hireId: id },
      {
        action: 'hire.archived',
        before: { status: before.status },
        after: { status: 'archived' },
      },
      now,
    );
    return readHire(tx, id);
  });
}
