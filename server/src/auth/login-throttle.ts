import { type Db, schema } from '@itc/db';
import { and, count, eq, gt, inArray, lt, min } from 'drizzle-orm';
import { AppError } from '../lib/app-error';
import { minutes } from '../lib/clock';

type ThrottleOptions = { db: Db; now: Date; maxFailures: number; windowMinutes: number };

/** Throttles by account and by address, so neither guessing one password nor spraying works. */
export function throttleKeys(email: string, ip: string): string[] {
  return [`email:${email}`, `ip:${ip}`];
}

export function assertNotThrottled(options: ThrottleOptions & { keys: string[] }): void {
  const { db, now, maxFailures, windowMinutes, keys } = options;
  const windowStart = new Date(now.getTime() - minutes(windowMinutes)).toISOString();
  for (const key of keys) {
    const row = db
      .select({ failures: count(), oldest: min(schema.loginFailures.failedAt) })
      .from(schema.loginFailures)
      .where(and(eq(schema.loginFailures.key, key), gt(schema.loginFailures.failedAt, windowStart)))
      .get();
    if (row && row.failures >= maxFailures && row.oldest) {
      const freeAt = new Date(row.oldest).getTime() + minutes(windowMinutes);
      const retryAfter = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
      throw new AppError('too_many_attempts', {
        detail: `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }
}

export function recordLoginFailure(db: Db, keys: string[], now: Date, windowMinutes: number): void {
  db.transaction((tx) => {
    for (const key of keys) {
      tx.insert(schema.loginFailures).values({ key, failedAt: now.toISOString() }).run();
    }
    const expired = new Date(now.getTime() - minutes(windowMinutes)).toISOString();
    tx.delete(schema.loginFailures).where(lt(schema.loginFailures.failedAt, expired)).run();
  });
}

export function clearLoginFailures(db: Db, keys: string[]): void {
  db.delete(schema.loginFailures).where(inArray(schema.loginFailures.key, keys)).run();
}
