import { schema } from '@itc/db';
import type { User } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../audit/write-audit';
import { endSessionsOfUser } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import {
  type AccountActionOptions,
  accountAudit,
  changeAccount,
} from '../users/user-accounts.service';

/**
 * For someone who lost their authenticator: the factor, its recovery codes, half-finished sign-ins
 * and every session go, and the next sign-in starts enrolment again (required for staff).
 */
export function resetSecondFactor(options: AccountActionOptions & { linkTo: LinkTo }): User {
  const { now, actor, linkTo } = options;
  return changeAccount(options, (tx, user) => {
    if (user.totpEnabledAt === null) {
      throw new AppError('second_factor_not_enabled', {
        detail: 'The account has no second factor set up.',
      });
    }
    tx.update(schema.users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(schema.users.id, user.id))
      .run();
    tx.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, user.id)).run();
    tx.delete(schema.loginChallenges).where(eq(schema.loginChallenges.userId, user.id)).run();
    endSessionsOfUser(tx, user.id);
    writeAudit(
      tx,
      accountAudit(actor, user, {
        action: 'auth.second_factor_reset',
        before: { secondFactorEnabled: true },
        after: { secondFactorEnabled: false },
      }),
      now,
    );
    const email = emailTemplates.secondFactorReset(user.locale, {
      name: user.name,
      link: linkTo('/login'),
    });
    enqueueEmail(tx, { to: user.email, ...email }, now);
  });
}
