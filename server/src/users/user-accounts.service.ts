import { type Db, schema } from '@itc/db';
import type { AuditAction, User } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { type AuditChange, writeAudit } from '../audit/write-audit';
import { endSessionsOfUser } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import { findUser } from './users.queries';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type UserRow = typeof schema.users.$inferSelect;

/**
 * What one account action needs. `organizationId` limits it to one organisation (HR acting on
 * colleagues); without it the action reaches any account (city admin).
 */
export type AccountActionOptions = {
  db: Db;
  now: Date;
  actor: AuthContext;
  userId: string;
  organizationId?: string;
};

/** The account acted on, never the actor's own; outside the scope it does not exist (404). */
function findActionTarget(tx: Pick<Db, 'select'>, options: AccountActionOptions): UserRow {
  const { actor, userId, organizationId } = options;
  if (userId === actor.user.id) {
    throw new AppError('cannot_change_own_account', {
      detail: 'You cannot change your own account here.',
    });
  }
  const user = tx
    .select()
    .from(schema.users)
    .where(
      and(
        eq(schema.users.id, userId),
        organizationId ? eq(schema.users.organizationId, organizationId) : undefined,
      ),
    )
    .get();
  if (!user) throw new AppError('not_found');
  return user;
}

/** The audit entry of an action by `actor` on `user`, noting the organisation acted for. */
export function accountAudit<A extends AuditAction>(
  actor: AuthContext,
  user: UserRow,
  entry: AuditChange<A>,
) {
  return {
    actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
    onBehalfOfOrganizationId:
      user.organizationId === actor.user.organizationId ? null : user.organizationId,
    target: { type: 'user' as const, id: user.id },
    ...entry,
  };
}

/** Runs `change` on the target in one transaction and returns the account as listed afterwards. */
export function changeAccount(
  options: AccountActionOptions,
  change: (tx: Tx, user: UserRow) => void,
): User {
  const { db } = options;
  db.transaction((tx) => change(tx, findActionTarget(tx, options)));
  const user = findUser(db, options.userId);
  if (!user) throw new AppError('not_found');
  return user;
}

/** Deactivation ends every session of the user at once. */
export function deactivateUser(options: AccountActionOptions): User {
  return changeAccount(options, (tx, user) => {
    if (!user.active) {
      throw new AppError('user_already_inactive', { detail: 'The user is already inactive.' });
    }
    tx.update(schema.users).set({ active: false }).where(eq(schema.users.id, user.id)).run();
    endSessionsOfUser(tx, user.id);
    writeAudit(
      tx,
      accountAudit(options.actor, user, {
        action: 'user.deactivated',
        before: { active: true },
        after: { active: false },
      }),
      options.now,
    );
  });
}

export function reactivateUser(options: AccountActionOptions): User {
  return changeAccount(options, (tx, user) => {
    if (user.active) {
      throw new AppError('user_already_active', { detail: 'The user is already active.' });
    }
    tx.update(schema.users).set({ active: true }).where(eq(schema.users.id, user.id)).run();
    writeAudit(
      tx,
      accountAudit(options.actor, user, {
        action: 'user.reactivated',
        before: { active: false },
        after: { active: true },
      }),
      options.now,
    );
  });
}

/** 409 unless the account still waits for its password to be set through an invitation. */
export function assertInvitationPending(user: UserRow): void {
  if (user.passwordHash !== null) {
    throw new AppError('invitation_not_pending', {
      detail: 'The invitation has already been accepted.',
    });
  }
}

/**
 * Withdraws a pending invitation by deleting the never-used account (its links go with it by
 * cascade). Deleted rather than marked: the address is unique and must be free for a new
 * invitation, and an account that never signed in holds no data worth keeping; the audit log
 * keeps who was invited and withdrawn by whom.
 */
export function withdrawInvitation(options: AccountActionOptions): void {
  const { db, now, actor } = options;
  db.transaction((tx) => {
    const user = findActionTarget(tx, options);
    assertInvitationPending(user);
    tx.delete(schema.users).where(eq(schema.users.id, user.id)).run();
    writeAudit(
      tx,
      accountAudit(actor, user, {
        action: 'user.invitation_withdrawn',
        before: { email: user.email, role: user.role, organizationId: user.organizationId },
      }),
      now,
    );
  });
}
