import { type Db, schema } from '@itc/db';
import { lt, or } from 'drizzle-orm';
import { purgeExpiredSessions } from '../auth/sessions.service';
import { days } from '../lib/clock';

/**
 * Daily clean-up of sign-in data that can no longer be used: expired sessions and login
 * challenges, and password reset links expired or used more than a day ago (kept that long so a
 * second click on the link still gets its clear "used" or "expired" answer).
 */
export function purgeStaleSignInData(db: Db, now: Date): { challenges: number; resets: number } {
  purgeExpiredSessions(db, now);
  const challenges = db
    .delete(schema.loginChallenges)
    .where(lt(schema.loginChallenges.expiresAt, now.toISOString()))
    .run().changes;
  const dayAgo = new Date(now.getTime() - days(1)).toISOString();
  const resets = db
    .delete(schema.passwordResets)
    .where(
      or(lt(schema.passwordResets.expiresAt, dayAgo), lt(schema.passwordResets.usedAt, dayAgo)),
    )
    .run().changes;
  return { challenges, resets };
}
