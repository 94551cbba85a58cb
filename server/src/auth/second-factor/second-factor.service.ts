import { type Db, schema } from '@itc/db';
import { isSecondFactorRequired, type TotpEnrolment } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { writeAudit } from '../../audit/write-audit';
import type { AppConfig } from '../../config';
import { AppError } from '../../lib/app-error';
import { assertCurrentPassword } from '../current-password.service';
import { assertNotThrottled, clearLoginFailures, recordLoginFailure } from '../login-throttle';
import { deleteRecoveryCodes, replaceRecoveryCodes, useRecoveryCode } from './recovery-codes';
import { isTotpCodeShape, matchTotpStep, newTotpSecret, totpUri } from './totp';

type UserRow = typeof schema.users.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type ServiceOptions = { db: Db; now: Date; config: AppConfig; auth: AuthContext };

function findUser(db: Pick<Db, 'select'>, userId: string): UserRow {
  const user = db.select().from(schema.users).where(eq(schema.users.id, userId)).get();
  if (!user) throw new AppError('unauthenticated');
  return user;
}

function actorOf(user: Pick<UserRow, 'id' | 'organizationId'>) {
  return { userId: user.id, organizationId: user.organizationId };
}

/** Code guesses count per account, with the sign-in throttle's limits. */
function throttleOf(db: Db, now: Date, config: AppConfig, userId: string) {
  const keys = [`totp:${userId}`];
  const windowMinutes = config.loginWindowMinutes;
  return {
    assert: () =>
      assertNotThrottled({ db, now, maxFailures: config.loginMaxFailures, windowMinutes, keys }),
    fail: () => recordLoginFailure(db, keys, now, windowMinutes),
    clear: () => clearLoginFailures(db, keys),
  };
}

const wrongCode = () =>
  new AppError('second_factor_invalid', {
    errors: [{ path: 'code', message: 'The code is not right or was already used.' }],
  });

/**
 * Checks a TOTP code (or, where allowed, a recovery code) inside `tx` and records its use, so
 * neither can be used again. Returns which kind it was, or null when it does not match.
 */
export function consumeSecondFactorCode(
  tx: Tx,
  user: UserRow,
  code: string,
  now: Date,
  options: { allowRecoveryCode: boolean },
): 'totp' | 'recovery_code' | null {
  if (!user.totpSecret) return null;
  if (isTotpCodeShape(code)) {
    const step = matchTotpStep(user.totpSecret, code, now);
    if (step === null || step <= (user.totpLastStep ?? -1)) return null;
    tx.update(schema.users).set({ totpLastStep: step }).where(eq(schema.users.id, user.id)).run();
    return 'totp';
  }
  if (options.allowRecoveryCode && useRecoveryCode(tx, user.id, code, now)) return 'recovery_code';
  return null;
}

/**
 * Verifies a second-factor code under the per-account throttle; `onMatch` runs in the same
 * transaction as the code's use. A wrong code throws `second_factor_invalid` on the field.
 */
export function withSecondFactorCode<T>(options: {
  db: Db;
  now: Date;
  config: AppConfig;
  user: UserRow;
  code: string;
  allowRecoveryCode: boolean;
  onMatch: (tx: Tx, kind: 'totp' | 'recovery_code') => T;
}): T {
  const { db, now, config, user, code, allowRecoveryCode, onMatch } = options;
  const throttle = throttleOf(db, now, config, user.id);
  throttle.assert();
  const result = db.transaction((tx) => {
    const kind = consumeSecondFactorCode(tx, user, code, now, { allowRecoveryCode });
    return kind ? { value: onMatch(tx, kind) } : null;
  });
  if (!result) {
    throttle.fail();
    throw wrongCode();
  }
  throttle.clear();
  return result.value;
}

/** Stores a new secret, not yet in force; a second call replaces an unconfirmed one. */
export function startTotpEnrolment(options: Omit<ServiceOptions, 'config'>): TotpEnrolment {
  const { db, auth } = options;
  const user = findUser(db, auth.user.id);
  if (user.totpEnabledAt) throw new AppError('second_factor_already_enabled');
  const secret = newTotpSecret();
  db.update(schema.users).set({ totpSecret: secret }).where(eq(schema.users.id, user.id)).run();
  return { secret, otpauthUri: totpUri(secret, user.email) };
}

/** The first right code puts the factor in force and hands out the recovery codes, once. */
export function confirmTotpEnrolment(options: ServiceOptions & { code: string }): string[] {
  const { db, now, config, auth, code } = options;
  const user = findUser(db, auth.user.id);
  if (user.totpEnabledAt) throw new AppError('second_factor_already_enabled');
  if (!user.totpSecret) throw new AppError('second_factor_enrolment_not_started');
  return withSecondFactorCode({
    db,
    now,
    config,
    user,
    code,
    allowRecoveryCode: false,
    onMatch: (tx) => {
      tx.update(schema.users)
        .set({ totpEnabledAt: now.toISOString() })
        .where(eq(schema.users.id, user.id))
        .run();
      writeAudit(
        tx,
        {
          actor: actorOf(user),
          action: 'auth.second_factor_enabled',
          target: { type: 'user', id: user.id },
        },
        now,
      );
      return replaceRecoveryCodes(tx, user.id, now);
    },
  });
}

/** Turning the factor off asks for the password again; city staff may not turn it off. */
export async function disableTotp(options: ServiceOptions & { password: string }): Promise<void> {
  const { db, now, config, auth, password } = options;
  const user = findUser(db, auth.user.id);
  if (!user.totpEnabledAt) throw new AppError('second_factor_not_enabled');
  if (isSecondFactorRequired(user.role)) throw new AppError('second_factor_required_for_role');
  await assertCurrentPassword({ db, now, auth, config, password, field: 'password' });
  db.transaction((tx) => {
    tx.update(schema.users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(schema.users.id, user.id))
      .run();
    deleteRecoveryCodes(tx, user.id);
    writeAudit(
      tx,
      {
        actor: actorOf(user),
        action: 'auth.second_factor_disabled',
        target: { type: 'user', id: user.id },
      },
      now,
    );
  });
}
