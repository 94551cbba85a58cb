import { type Db, hashPassword, schema } from '@itc/db';
import type { AccountSession, CurrentUser, Locale } from '@itc/shared';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { writeAudit } from '../audit/write-audit';
import { toCurrentUser } from '../auth/auth.service';
import { assertCurrentPassword } from '../auth/current-password.service';
import { endOtherSessionsOfUser, endSession } from '../auth/sessions.service';
import type { AppConfig } from '../config';
import { AppError } from '../lib/app-error';
import { hashToken } from '../lib/tokens';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import { assertPasswordAllowed } from '../security/password-policy';
import { assertEmailFree } from '../users/email-free.queries';
import { describeUserAgent } from './user-agent';

type AccountOptions = { db: Db; now: Date; auth: AuthContext };

function actorOf(auth: AuthContext) {
  return { userId: auth.user.id, organizationId: auth.user.organizationId };
}

export function updateProfile(
  options: AccountOptions & { profile: { name: string; locale: Locale } },
): CurrentUser {
  const { db, now, auth, profile } = options;
  const before = { name: auth.user.name, locale: auth.user.locale };
  if (before.name !== profile.name || before.locale !== profile.locale) {
    db.transaction((tx) => {
      tx.update(schema.users).set(profile).where(eq(schema.users.id, auth.user.id)).run();
      writeAudit(
        tx,
        {
          actor: actorOf(auth),
          action: 'user.profile_changed',
          target: { type: 'user', id: auth.user.id },
          before,
          after: profile,
        },
        now,
      );
    });
  }
  return toCurrentUser({ ...auth, user: { ...auth.user, ...profile } });
}

/** Open reset links went to the address the account had; after a change they must not work. */
function dropOpenPasswordResets(tx: Pick<Db, 'delete'>, userId: string): void {
  tx.delete(schema.passwordResets)
    .where(and(eq(schema.passwordResets.userId, userId), isNull(schema.passwordResets.usedAt)))
    .run();
}

/** Sets a new password and ends every other session; the caller stays signed in. */
export async function changePassword(
  options: AccountOptions & {
    config: AppConfig;
    linkTo: LinkTo;
    currentPassword: string;
    newPassword: string;
  },
): Promise<void> {
  const { db, now, auth, linkTo, currentPassword, newPassword } = options;
  await assertCurrentPassword({ ...options, password: currentPassword, field: 'currentPassword' });
  assertPasswordAllowed(newPassword, 'newPassword', auth.user.locale);
  const passwordHash = await hashPassword(newPassword);
  db.transaction((tx) => {
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, auth.user.id)).run();
    const endedSessions = endOtherSessionsOfUser(tx, auth.user.id, auth.tokenHash);
    dropOpenPasswordResets(tx, auth.user.id);
    writeAudit(
      tx,
      {
        actor: actorOf(auth),
        action: 'auth.password_changed',
        target: { type: 'user', id: auth.user.id },
        after: { endedSessions },
      },
      now,
    );
    const mail = emailTemplates.passwordChanged(auth.user.locale, {
      name: auth.user.name,
      link: linkTo('/forgot-password'),
    });
    enqueueEmail(tx, { to: auth.user.email, ...mail }, now);
  });
}

/** Moves the sign-in to a new address; the old one is told, in case it was not the owner. */
export async function changeEmail(
  options: AccountOptions & { config: AppConfig; email: string; currentPassword: string },
): Promise<CurrentUser> {
  const { db, now, auth, email, currentPassword } = options;
  await assertCurrentPassword({ ...options, password: currentPassword, field: 'currentPassword' });
  if (email !== auth.user.email) {
    db.transaction((tx) => {
      assertEmailFree(tx, email, 'email');
      tx.update(schema.users).set({ email }).where(eq(schema.users.id, auth.user.id)).run();
      dropOpenPasswordResets(tx, auth.user.id);
      writeAudit(
        tx,
        {
          actor: actorOf(auth),
          action: 'user.profile_changed',
          target: { type: 'user', id: auth.user.id },
          before: { email: auth.user.email },
          after: { email },
        },
        now,
      );
      const mail = emailTemplates.emailChanged(auth.user.locale, {
        name: auth.user.name,
        newEmail: email,
      });
      enqueueEmail(tx, { to: auth.user.email, ...mail }, now);
    });
  }
  return toCurrentUser({ ...auth, user: { ...auth.user, email } });
}

/** The id the page uses for a session: derived from the token hash, which never leaves. */
function publicSessionId(tokenHash: string): string {
  return hashToken(`session-id:${tokenHash}`).slice(0, 32);
}

function liveSessionsOf(db: Pick<Db, 'select'>, userId: string, now: Date) {
  return db
    .select()
    .from(schema.sessions)
    .where(
      and(eq(schema.sessions.userId, userId), gt(schema.sessions.expiresAt, now.toISOString())),
    )
    .orderBy(desc(schema.sessions.lastActiveAt), desc(schema.sessions.createdAt))
    .all();
}

export function listSessions(options: AccountOptions): AccountSession[] {
  const { db, now, auth } = options;
  return liveSessionsOf(db, auth.user.id, now).map((session) => ({
    id: publicSessionId(session.tokenHash),
    createdAt: session.createdAt,
    lastActiveAt: session.lastActiveAt ?? session.createdAt,
    ipAddress: session.ipAddress,
    ...describeUserAgent(session.userAgent),
    current: session.tokenHash === auth.tokenHash,
  }));
}

/** Ends one of the caller's sessions; another user's (or an unknown) id is 404. */
export function endAccountSession(options: AccountOptions & { sessionId: string }): {
  wasCurrent: boolean;
} {
  const { db, now, auth, sessionId } = options;
  const session = liveSessionsOf(db, auth.user.id, now).find(
    (s) => publicSessionId(s.tokenHash) === sessionId,
  );
  if (!session) throw new AppError('not_found');
  db.transaction((tx) => {
    endSession(tx, session.tokenHash);
    writeAudit(
      tx,
      {
        actor: actorOf(auth),
        action: 'auth.session_ended',
        target: { type: 'user', id: auth.user.id },
        after: { endedSessions: 1 },
      },
      now,
    );
  });
  return { wasCurrent: session.tokenHash === auth.tokenHash };
}

export function endOtherAccountSessions(options: AccountOptions): void {
  const { db, now, auth } = options;
  db.transaction((tx) => {
    const endedSessions = endOtherSessionsOfUser(tx, auth.user.id, auth.tokenHash);
    if (endedSessions === 0) return;
    writeAudit(
      tx,
      {
        actor: actorOf(auth),
        action: 'auth.session_ended',
        target: { type: 'user', id: auth.user.id },
        after: { endedSessions },
      },
      now,
    );
  });
}
