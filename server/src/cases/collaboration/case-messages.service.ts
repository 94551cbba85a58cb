import { type Db, newId, schema } from '@itc/db';
import type { CaseMessage, PostCaseMessage } from '@itc/shared';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import type { LinkTo } from '../../mail/link-to';
import { notifyUsers } from '../../notifications/notify-users.service';
import { findCaseToView } from '../case-access.queries';
import { findCaseMessage } from './case-messages.queries';
import { otherSideOf } from './case-parties.queries';

/**
 * Everyone who sees the case may write on it; only city staff write internal notes, which
 * notify nobody. A message notifies the other side.
 */
export function postCaseMessage(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  linkTo: LinkTo;
  id: string;
  input: Required<PostCaseMessage>;
}): CaseMessage {
  const { db, now, auth, linkTo, id, input } = options;
  return db.transaction((tx) => {
    const { caseRow, access } = findCaseToView(tx, auth, id);
    if (input.internal && access !== 'city') throw new AppError('forbidden');
    const messageId = newId();
    tx.insert(schema.caseMessages)
      .values({
        id: messageId,
        caseId: caseRow.id,
        authorUserId: auth.user.id,
        authorOrganizationId: auth.organization.id,
        internal: input.internal,
        body: input.body,
        createdAt: now.toISOString(),
      })
      .run();
    if (!input.internal) {
      notifyUsers(tx, {
        recipients: otherSideOf(tx, caseRow, {
          side: access === 'city' ? 'city' : 'employer_side',
          userId: auth.user.id,
        }),
        notification: {
          kind: 'case_message',
          caseId: caseRow.id,
          params: { reference: caseRow.reference, authorName: auth.user.name },
        },
        linkTo,
        now,
      });
    }
    const message = findCaseMessage(tx, messageId);
    if (!message) throw new AppError('internal_error');
    return message;
  });
}
