import { type Db, schema } from '@itc/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import { AppError } from '../../lib/app-error';
import { minutes } from '../../lib/clock';
import { hashToken, newToken } from '../../lib/tokens';
import type { SessionClient } from '../sessions.service';

/** Long enough to open the app and type a code, short enough that a left laptop is no risk. */
export const loginChallengeMinutes = 5;

type ChallengeRow = typeof schema.loginChallenges.$inferSelect;

/** The password passed; the token goes into the challenge cookie, the database keeps its hash. */
export function createLoginChallenge(
  db: Pick<Db, 'insert' | 'delete'>,
  options: { userId: string; now: Date; client: SessionClient },
): string {
  const { userId, now, client } = options;
  db.delete(schema.loginChallenges)
    .where(lt(schema.loginChallenges.expiresAt, now.toISOString()))
    .run();
  const token = newToken();
  db.insert(schema.loginChallenges)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + minutes(loginChallengeMinutes)).toISOString(),
      userAgent: client.userAgent,
      ipAddress: client.ipAddress,
    })
    .run();
  return token;
}

export function findLoginChallenge(
  db: Pick<Db, 'select'>,
  token: string | undefined,
  now: Date,
): ChallengeRow {
  const row = token
    ? db
        .select()
        .from(schema.loginChallenges)
        .where(
          and(
            eq(schema.loginChallenges.tokenHash, hashToken(token)),
            gt(schema.loginChallenges.expiresAt, now.toISOString()),
          ),
        )
        .get()
    : undefined;
  if (!row) throw new AppError('login_challenge_invalid');
  return row;
}

export function deleteLoginChallenge(db: Pick<Db, 'delete'>, tokenHash: string): void {
  db.delete(schema.loginChallenges).where(eq(schema.loginChallenges.tokenHash, tokenHash)).run();
}
