import { type Db, schema } from '@itc/db';
import {
  type CaseAssignee,
  type CaseDetail,
  cityRoles,
  type Locale,
  todayInGermany,
} from '@itc/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { invalidFields } from '../../lib/validation-errors';
import type { LinkTo } from '../../mail/link-to';
import { notifyUsers } from '../../notifications/notify-users.service';
import { findCaseToActOn, findCaseToView } from '../case-access.queries';
import { recordAssignment } from '../case-writer.service';
import { assembleCaseDetail } from './case-detail.queries';

type Reader = Pick<Db, 'select'>;

/** Who can hold a case: active city staff. */
const isActiveCityStaff = and(
  eq(schema.users.active, true),
  inArray(schema.users.role, [...cityRoles]),
);

/** The active city staff a case can be assigned to, by name. */
export function listAssignableUsers(db: Reader): CaseAssignee[] {
  return db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(isActiveCityStaff)
    .orderBy(asc(schema.users.name), asc(schema.users.id))
    .all();
}

/**
 * `POST /cases/{id}/assignee`: city staff take a case or hand it to a colleague (or nobody).
 * Not a move of the state machine, so the version stays: an open form is not made stale by it.
 */
export function assignCase(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  locale: Locale;
  linkTo: LinkTo;
  id: string;
  userId: string | null;
}): CaseDetail {
  const { db, now, auth, locale, linkTo, id, userId } = options;
  return db.transaction((tx) => {
    const { caseRow } = findCaseToActOn(tx, auth, id, 'city');
    const assignee = userId
      ? tx
          .select({
            id: schema.users.id,
            name: schema.users.name,
            email: schema.users.email,
            locale: schema.users.locale,
          })
          .from(schema.users)
          .where(and(eq(schema.users.id, userId), isActiveCityStaff))
          .get()
      : null;
    if (userId && !assignee) {
      throw invalidFields([{ path: 'userId', message: 'assignee_invalid' }], locale);
    }
    recordAssignment(tx, {
      now,
      actor: { userId: auth.user.id, organizationId: auth.organization.id },
      caseRow,
      assigneeUserId: userId,
    });
    if (assignee && assignee.id !== auth.user.id && assignee.id !== caseRow.assigneeUserId) {
      notifyUsers(tx, {
        recipients: [assignee],
        notification: {
          kind: 'case_assigned',
          caseId: caseRow.id,
          params: { reference: caseRow.reference, assignedByName: auth.user.name },
        },
        linkTo,
        now,
      });
    }
    return assembleCaseDetail(tx, findCaseToView(tx, auth, id), todayInGermany(now));
  });
}
