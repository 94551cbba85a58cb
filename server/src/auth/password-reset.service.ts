import { type Db, hashPassword, schema } from '@itc/db';
import type { Locale, PasswordResetInfo } from '@itc/shared';
import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { writeAudit } from '../audit/write-audit';
import type { AppConfig } from '../config';
import { AppError } from '../lib/app-error';
import { minutes } from '../lib/clock';
import { hashToken, newToken } from '../lib/tokens';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import { assertPasswordAllowed } from '../security/password-policy';
import { assertNotThrottled, recordLoginFailure } from './login-throttle';
import { endSessionsOfUser } from './sessions.service';

export const passwordResetValidMinutes = 30;

/**
 * Requests are counted like failed sign-ins, under their own keys: an address gets a few mails
 * per window (enough for a lost one), an IP address as many requests as it may fail to sign in.
 */
const maxRequestsPerEmail = 5;

function resetThrottleKeys(email: string, ip: string) {
  return { email: `reset-email:${email}`, ip: `reset-ip:${ip}` };
}

/**
 * Emails a one-time link to an active account with a password. Unknown, inactive and still
 * invited addresses get nothing, and the caller cannot tell the difference.
 */
export function requestPasswordReset(options: {
  db: Db;
  now: Date;
  config: AppConfig;
  linkTo: LinkTo;
  email: string;
  ip: string;
}): void {
  const { db, now, config, linkTo, email, ip } = options;
  const keys = resetThrottleKeys(email, ip);
  const windowMinutes = config.loginWindowMinutes;
  assertNotThrottled({
    db,
    now,
    windowMinutes,
    maxFailures: maxRequestsPerEmail,
    keys: [keys.email],
  });
  assertNotThrottled({
    db,
    now,
    windowMinutes,
    maxFailures: config.loginMaxFailures,
    keys: [keys.ip],
  });
  recordLoginFailure(db, [keys.email, keys.ip], now, windowMinutes);

  const user = db
    .select()
    .from(schema.users)
    .where(
      and(
        eq(schema.users.email, email),
        eq(schema.users.active, true),
        isNotNull(schema.users.passwordHash),
      ),
    )
    .get();
  if (!user) return;

  const token = newToken();
  db.transaction((tx) => {
    // Only the newest link works: an older mail that turns up later is dead.
    tx.delete(schema.passwordResets)
      .where(and(eq(schema.passwordResets.userId, user.id), isNull(schema.passwordResets.usedAt)))
      .run();
    tx.insert(schema.passwordResets)
      .values({
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + minutes(passwordResetValidMinutes)).toISOString(),
      })
      .run();
    const mail = emailTemplates.passwordReset(user.locale, {
      name: user.name,
      link: linkTo(`/reset-password/${token}`),
      validMinutes: passwordResetValidMinutes,
    });
    enqueueEmail(tx, { to: user.email, ...mail }, now);
    writeAudit(
      tx,
      {
        actor: null,
        action: 'auth.password_reset_requested',
        target: { type: 'user', id: user.id },
      },
      now,
    );
  });
}

function findOpenReset(db: Pick<Db, 'select'>, token: string, now: Date) {
  return db
    .select({ reset: schema.passwordResets, user: schema.users })
    .from(schema.passwordResets)
    .innerJoin(schema.users, eq(schema.users.id, schema.passwordResets.userId))
    .where(
      and(
        eq(schema.passwordResets.tokenHash, hashToken(token)),
        isNull(schema.passwordResets.usedAt),
        gt(schema.passwordResets.expiresAt, now.toISOString()),
        eq(schema.users.active, true),
      ),
    )
    .get();
}

export function getPasswordReset(db: Db, token: string, now: Date): PasswordResetInfo {
  const row = findOpenReset(db, token, now);
  if (!row) throw new AppError('password_reset_invalid');
  return { email: row.user.email };
}

/**
 * Sets the new password, uses up the link and ends every session (and every half-finished
 * sign-in) of the account: whoever knew the old password is out. Does not sign in.
 */
export async function confirmPasswordReset(options: {
  db: Db;
  now: Date;
  linkTo: LinkTo;
  token: string;
  password: string;
  locale: Locale;
}): Promise<void> {
  const { db, now, linkTo, token, password, locale } = options;
  if (!findOpenReset(db, token, now)) throw new AppError('password_reset_invalid');
  assertPasswordAllowed(password, 'password', locale);
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    // Looked up again inside the transaction, so two confirmations cannot both use the link.
    const row = findOpenReset(tx, token, now);
    if (!row) throw new AppError('password_reset_invalid');
    const { user } = row;
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, user.id)).run();
    tx.update(schema.passwordResets)
      .set({ usedAt: now.toISOString() })
      .where(eq(schema.passwordResets.tokenHash, row.reset.tokenHash))
      .run();
    endSessionsOfUser(tx, user.id);
    tx.delete(schema.loginChallenges).where(eq(schema.loginChallenges.userId, user.id)).run();
    writeAudit(
      tx,
      {
        actor: { userId: user.id, organizationId: user.organizationId },
        action: 'auth.password_reset',
        target: { type: 'user', id: user.id },
      },
      now,
    );
    const mail = emailTemplates.passwordChanged(user.locale, {
      name: user.name,
      link: linkTo('/forgot-password'),
    });
    enqueueEmail(tx, { to: user.email, ...mail }, now);
  });
}
