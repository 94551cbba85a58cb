import { type Db, schema } from '@itc/db';
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv, AuthContext } from '../app-env';
import { clientIp } from '../lib/client-ip';
import { minutes } from '../lib/clock';
import { hashToken, newToken } from '../lib/tokens';

type SessionOptions = { db: Db; now: Date; idleMinutes: number };

/** What the account page shows about where a session was started. */
export type SessionClient = { userAgent: string | null; ipAddress: string | null };

/** The browser and address of the request that starts a session. */
export function sessionClientOf(c: Context<AppEnv>): SessionClient {
  const ip = clientIp(c);
  return {
    userAgent: c.req.header('user-agent')?.slice(0, 512) ?? null,
    ipAddress: ip === 'unknown' ? null : ip,
  };
}

/** Starts a session; the cookie carries the token, the database only its hash. */
export function createSession(
  options: Omit<SessionOptions, 'db'> & {
    db: Pick<Db, 'insert'>;
    userId: string;
    client?: SessionClient;
  },
): string {
  const { db, now, idleMinutes, userId, client } = options;
  const token = newToken();
  db.insert(schema.sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      lastActiveAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + minutes(idleMinutes)).toISOString(),
      userAgent: client?.userAgent ?? null,
      ipAddress: client?.ipAddress ?? null,
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
        totpEnabledAt: schema.users.totpEnabledAt,
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
  // Write only when the expiry moves by more than a minute, so reads stay reads; "last active"
  // on the account page is as exact as that.
  if (expiresAt.getTime() - new Date(row.session.expiresAt).getTime() > minutes(1)) {
    db.update(schema.sessions)
      .set({ expiresAt: expiresAt.toISOString(), lastActiveAt: now.toISOString() })
      .where(eq(schema.sessions.tokenHash, tokenHash))
      .run();
  }
  const { active: _active, totpEnabledAt, ...user } = row.user;
  return {
    tokenHash,
    user: { ...user, secondFactorEnabled: totpEnabledAt !== null },
    organization: row.organization,
  };
}

export function endSession(db: Pick<Db, 'delete'>, tokenHash: string): void {
  db.delete(schema.sessions).where(eq(schema.sessions.tokenHash, tokenHash)).run();
}

export function endSessionsOfUser(db: Pick<Db, 'delete'>, userId: string): void {
  db.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run();
}

/** Ends every session of the user but the one given (the caller's own). */
export function endOtherSessionsOfUser(
  db: Pick<Db, 'delete'>,
  userId: string,
  keepTokenHash: string,
): number {
  return db
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.userId, userId), ne(schema.sessions.tokenHash, keepTokenHash)))
    .run().changes;
}

export function purgeExpiredSessions(db: Db, now: Date): void {
  db.delete(schema.sessions).where(lt(schema.sessions.expiresAt, now.toISOString())).run();
}
