import { type Db, schema } from '@itc/db';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
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

function prepareSessionLookup(db: Db) {
  return db
    .select({
      session: { expiresAt: schema.sessions.expiresAt },
      user: {
        id: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        role: schema.users.role,
        locale: schema.users.locale,
        organizationId: schema.users.organizationId,
        active: schema.users.active,
      },
      organization: {
        id: schema.organizations.id,
        name: schema.organizations.name,
        type: schema.organizations.type,
        verificationStatus: schema.organizations.verificationStatus,
      },
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(
      and(
        eq(schema.sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(schema.sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare();
}

const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();

/**
 * Every API request resumes a session, so its lookup is built and compiled once per database;
 * building and compiling it anew cost more than running it.
 */
function sessionLookup(db: Db) {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  return lookup;
}

/** Finds a live session for an active user and slides its expiry forward. */
export function resumeSession(options: SessionOptions & { token: string }): AuthContext | null {
  const { db, now, idleMinutes, token } = options;
  const tokenHash = hashToken(token);
  const row = sessionLookup(db).get({ tokenHash, now: now.toISOString() });
  if (!row?.user.active) return null;
  const expiresAt = new Date(now.getTime() + minutes(idleMinutes));
  // Write only when the expiry moves by more than a minute, so reads stay reads.
  if (expiresAt.getTime() - new Date(row.session.expiresAt).getTime() > minutes(1)) {
    db.update(schema.sessions)
      .set({ expiresAt: expiresAt.toISOString() })
      .where(eq(schema.sessions.tokenHash, tokenHash))
      .run();
  }
  const { active: _active, ...user } = row.user;
  return { tokenHash, user, organization: row.organization };
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
