import { type Db, hashPassword, schema, verifyPassword } from '@itc/db';
import type { CurrentUser, Locale } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { writeAudit } from '../audit/write-audit';
import type { AppConfig } from '../config';
import { AppError } from '../lib/app-error';
import { mustEnrolSecondFactor } from '../middleware/enrolment-gate';
import {
  assertNotThrottled,
  clearLoginFailures,
  recordLoginFailure,
  throttleKeys,
} from './login-throttle';
import { createLoginChallenge } from './second-factor/login-challenges';
import { createSession, endSession, resumeSession, type SessionClient } from './sessions.service';

// Verifying against a real hash when the user is unknown keeps both answers equally slow.
const dummyHash = hashPassword('no-such-user-password');

type LoginOptions = {
  db: Db;
  now: Date;
  config: AppConfig;
  email: string;
  password: string;
  ip: string;
  client: SessionClient;
};

type UserRow = typeof schema.users.$inferSelect;

/** A session, or (for accounts with a second factor) a challenge waiting for the code. */
export type LoginResult =
  | { kind: 'session'; token: string; auth: AuthContext }
  | { kind: 'challenge'; challengeToken: string };

export async function login(options: LoginOptions): Promise<LoginResult> {
  const { db, now, config, email, password, ip, client } = options;
  const keys = throttleKeys(email, ip);
  const throttle = {
    db,
    now,
    maxFailures: config.loginMaxFailures,
    windowMinutes: config.loginWindowMinutes,
  };
  assertNotThrottled({ ...throttle, keys });

  const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
  const isValid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user?.passwordHash || !isValid) {
    recordLoginFailure(db, keys, now, config.loginWindowMinutes);
    throw new AppError('invalid_credentials');
  }
  if (!user.active) throw new AppError('account_inactive');

  const [emailKey] = keys;
  if (emailKey) clearLoginFailures(db, [emailKey]);
  if (user.totpEnabledAt) {
    const challengeToken = createLoginChallenge(db, { userId: user.id, now, client });
    return { kind: 'challenge', challengeToken };
  }
  const token = db.transaction((tx) => startSignedInSession(tx, { user, now, config, client }));
  return { kind: 'session', token, auth: resumeSignedInSession(db, now, config, token) };
}

/** The one place a sign-in becomes a session, with or without a second factor. */
export function startSignedInSession(
  tx: Pick<Db, 'insert'>,
  options: { user: UserRow; now: Date; config: AppConfig; client: SessionClient },
): string {
  const { user, now, config, client } = options;
  writeAudit(
    tx,
    {
      actor: { userId: user.id, organizationId: user.organizationId },
      action: 'auth.login',
      target: { type: 'user', id: user.id },
    },
    now,
  );
  return createSession({
    db: tx,
    now,
    idleMinutes: config.sessionIdleMinutes,
    userId: user.id,
    client,
  });
}

export function resumeSignedInSession(
  db: Db,
  now: Date,
  config: AppConfig,
  token: string,
): AuthContext {
  const auth = resumeSession({ db, now, idleMinutes: config.sessionIdleMinutes, token });
  if (!auth) throw new AppError('internal_error');
  return auth;
}

export function toCurrentUser(auth: AuthContext): CurrentUser {
  const { user, organization } = auth;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    organization,
    secondFactorEnabled: user.secondFactorEnabled,
    mustEnrolSecondFactor: mustEnrolSecondFactor(user),
  };
}

export function updateLocale(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  locale: Locale;
}): void {
  const { db, now, auth, locale } = options;
  db.transaction((tx) => {
    tx.update(schema.users).set({ locale }).where(eq(schema.users.id, auth.user.id)).run();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.user.organizationId },
        action: 'user.preferences_changed',
        target: { type: 'user', id: auth.user.id },
        before: { locale: auth.user.locale },
        after: { locale },
      },
      now,
    );
  });
}

export function logout(options: { db: Db; now: Date; auth: AuthContext }): void {
  const { db, now, auth } = options;
  db.transaction((tx) => {
    endSession(tx, auth.tokenHash);
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.user.organizationId },
        action: 'auth.logout',
        target: { type: 'user', id: auth.user.id },
      },
      now,
    );
  });
}
