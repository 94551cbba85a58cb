import { type Db, schema, verifyPassword } from '@itc/db';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import type { AppConfig } from '../config';
import { AppError } from '../lib/app-error';
import { assertNotThrottled, recordLoginFailure } from './login-throttle';

/**
 * A signed-in session alone must not be enough to change the account's keys: the password is
 * asked again, and wrong guesses count towards the sign-in throttle of the address. `field` names
 * the form field the error belongs to.
 */
export async function assertCurrentPassword(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  config: AppConfig;
  password: string;
  field: string;
}): Promise<void> {
  const { db, now, auth, config, password, field } = options;
  const keys = [`email:${auth.user.email}`];
  const windowMinutes = config.loginWindowMinutes;
  assertNotThrottled({ db, now, maxFailures: config.loginMaxFailures, windowMinutes, keys });
  const row = db
    .select({ passwordHash: schema.users.passwordHash })
    .from(schema.users)
    .where(eq(schema.users.id, auth.user.id))
    .get();
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, password))) {
    recordLoginFailure(db, keys, now, windowMinutes);
    throw new AppError('current_password_wrong', {
      errors: [{ path: field, message: 'The current password is not right.' }],
    });
  }
}
