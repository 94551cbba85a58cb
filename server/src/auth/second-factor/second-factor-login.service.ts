import { type Db, schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { writeAudit } from '../../audit/write-audit';
import type { AppConfig } from '../../config';
import { AppError } from '../../lib/app-error';
import { resumeSignedInSession, startSignedInSession } from '../auth.service';
import { deleteLoginChallenge, findLoginChallenge } from './login-challenges';
import { withSecondFactorCode } from './second-factor.service';

/** The code completes a login challenge: the session starts and the challenge is gone. */
export function completeSecondFactorLogin(options: {
  db: Db;
  now: Date;
  config: AppConfig;
  challengeToken: string | undefined;
  code: string;
}): { token: string; auth: AuthContext } {
  const { db, now, config, challengeToken, code } = options;
  const challenge = findLoginChallenge(db, challengeToken, now);
  const user = db.select().from(schema.users).where(eq(schema.users.id, challenge.userId)).get();
  if (!user?.active || !user.totpEnabledAt) throw new AppError('login_challenge_invalid');
  const client = { userAgent: challenge.userAgent, ipAddress: challenge.ipAddress };
  const token = withSecondFactorCode({
    db,
    now,
    config,
    user,
    code,
    allowRecoveryCode: true,
    onMatch: (tx, kind) => {
      deleteLoginChallenge(tx, challenge.tokenHash);
      if (kind === 'recovery_code') {
        writeAudit(
          tx,
          {
            actor: { userId: user.id, organizationId: user.organizationId },
            action: 'auth.recovery_code_used',
            target: { type: 'user', id: user.id },
          },
          now,
        );
      }
      return startSignedInSession(tx, { user, now, config, client });
    },
  });
  return { token, auth: resumeSignedInSession(db, now, config, token) };
}
