import { type Db, schema } from '@itc/db';
import { type CaseActorSide, cityRoles } from '@itc/shared';
import { and, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { activeMandatesOf } from '../../mandates/mandates.queries';
import type { Recipient } from '../../notifications/notify-users.service';
import type { CaseRow } from '../case.mapper';

const { caseShares, mandates, users } = schema;

type Reader = Pick<Db, 'select'>;

const recipientColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
};

/**
 * Everyone following the case for the employer: its HR users, the advisors of partners holding
 * its mandate, and those of partners it shared this case with.
 */
function employerSideRecipients(db: Reader, caseRow: CaseRow, exceptUserId: string): Recipient[] {
  const mandated = db
    .select({ id: mandates.partnerOrganizationId })
    .from(mandates)
    .where(activeMandatesOf(caseRow.organizationId));
  const sharedWith = db
    .select({ id: caseShares.partnerOrganizationId })
    .from(caseShares)
    .where(and(eq(caseShares.caseId, caseRow.id), isNull(caseShares.revokedAt)));
  return db
    .select(recipientColumns)
    .from(users)
    .where(
      and(
        eq(users.active, true),
        ne(users.id, exceptUserId),
        or(
          eq(users.organizationId, caseRow.organizationId),
          inArray(users.organizationId, mandated),
          inArray(users.organizationId, sharedWith),
        ),
      ),
    )
    .all();
}

/** The assigned reviewer; while nobody is assigned, every active city staff member. */
function citySideRecipients(db: Reader, caseRow: CaseRow, exceptUserId: string): Recipient[] {
  return db
    .select(recipientColumns)
    .from(users)
    .where(
      and(
        eq(users.active, true),
        ne(users.id, exceptUserId),
        caseRow.assigneeUserId
          ? eq(users.id, caseRow.assigneeUserId)
          : inArray(users.role, [...cityRoles]),
      ),
    )
    .all();
}

/** Who hears of what one side did: the other side. */
export function otherSideOf(
  db: Reader,
  caseRow: CaseRow,
  actor: { side: CaseActorSide; userId: string },
): Recipient[] {
  return actor.side === 'city'
    ? employerSideRecipients(db, caseRow, actor.userId)
    : citySideRecipients(db, caseRow, actor.userId);
}
