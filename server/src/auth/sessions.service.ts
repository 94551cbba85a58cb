import { type Db, schema } from '@itc/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { minutes } from '../lib/clock';
import { hashToken, newToken } from '../lib/tokens';

type SessionOptions = { db: Db; now: Date; idleMinutes: number };

/** Starts a session; the cookie carries the token, the database only its hash. */
export function createSession(
  options: Omit<SessionOptions, 'db'> & { db: Pick<Db, 'insert'>; userId: string },
): string {
  const { db, now, idleMinutes, userId } = options;
  const token = newToken();
  db.insert(schema.sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + minutes(idleMinutes)).toISOString(),
    })
    .run();
  return token;
}

/** Finds a live session for an active user and slides its expiry forward. */
export function resumeSession(options: SessionOptions & { token: string }): AuthContext | null {
  const { db, now, idleMinutes, token } = options;
  const tokenHash = hashToken(token);
  const row = db
    .select({ session: schema.sessions, user: schema.users, organization: schema.organizations })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(
      and(
        eq(schema.sessions.tokenHash, tokenHash),
        gt(schema.sessions.expiresAt, now.toISOString()),
      ),
    )
    .get();
  if (!row?.user.active) return null;
  const expiresAt = new Date(now.getTime() + minutes(idleMinutes));
  // Write only when the expiry moves by more than a minute, so reads stay reads.
  if (expiresAt.getTime() - new Date(row.session.expiresAt).getTime() > minutes(1)) {
    db.update(schema.sessions)
      .set({ expiresAt: expiresAt.toISOString() })
      .where(eq(schema.sessions.tokenHash, tokenHash))
      .run();
  }
  return {
    tokenHash,
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role,
      locale: row.user.locale,
      organizationId: row.user.organizationId,
    },
    organization: {
      id: row.organization.id,
      name: row.organization.name,
      type: row.organization.type,
      verificationStatus: row.organization.verificationStatus,
    },
  };
}

export function endSession(db: Pick<Db, 'delete'>, tokenHash: string): void {
  db.delete(schema.sessions).where(eq(schema.sessions.tokenHash, tokenHash)).run();
}

export function endSessionsOfUser(db: Pick<Db, 'delete'>, userId: string): void {
  db.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run();
}

export function purgeExpiredSessions(db: Db, now: Date): void {
  db.delete(schema.sessions).where(lt(schema.sessions.expiresAt, now.toISOString())).run();
}
