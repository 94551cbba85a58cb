import { type Db, schema } from '@itc/db';
import type { User } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { writeAudit } from '../audit/write-audit';
import { endSessionsOfUser } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import { findUser } from '../users/users.queries';

/** Deactivation ends every session of the user at once. */
export function deactivateUser(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  userId: string;
}): User {
  const { db, now, actor, userId } = options;
  if (userId === actor.user.id) {
    throw new AppError('conflict', { detail: 'You cannot deactivate your own account.' });
  }
  db.transaction((tx) => {
    const user = tx.select().from(schema.users).where(eq(schema.users.id, userId)).get();
    if (!user) throw new AppError('not_found');
    if (!user.active) throw new AppError('conflict', { detail: 'The user is already inactive.' });
    tx.update(schema.users).set({ active: false }).where(eq(schema.users.id, userId)).run();
    endSessionsOfUser(tx, userId);
    writeAudit(
      tx,
      {
        actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
        onBehalfOfOrganizationId: user.organizationId,
        action: 'user.deactivated',
        target: { type: 'user', id: userId },
        before: { active: true },
        after: { active: false },
      },
      now,
    );
  });
  const user = findUser(db, userId);
  if (!user) throw new AppError('not_found');
  return user;
}
