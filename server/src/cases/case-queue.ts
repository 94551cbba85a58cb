import { type Db, schema } from '@itc/db';
import type { CaseQueueFilter, ListResponse } from '@itc/shared';
import {
  and,
  asc,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { viewScope } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { addCalendarDays } from '../deadlines/calendar-days';
import { decodeCursor, toPage } from '../lib/cursor';
import { startOfGermanDay } from '../lib/german-date';
import { afterCursor } from '../lib/keyset';
import type { CaseListRow } from './case-list.mapper';
import { toFtsPrefixQuery } from './fts-query';

const { cases, caseShares, users } = schema;

type Reader = Pick<Db, 'select'>;

export type CaseQueueOptions = {
  db: Reader;
  auth: AuthContext;
  /** Today in Germany: what "overdue" is measured against. */
  today: string;
  filter: CaseQueueFilter;
  limit: number;
  cursor?: string;
};

/**
 * City staff see every case; the employer side its own employers' (HR users and mandated
 * partners) and any case shared with its organisation.
 */
function scopeCondition(db: Reader, auth: AuthContext): SQL | undefined {
  const scope = viewScope(db, auth);
  if (scope.kind === 'all') return undefined;
  const own = inArray(cases.organizationId, scope.organizationIds);
  // Cases are shared with partner organisations only; an employer's own scope is enough.
  if (auth.organization.type === 'employer') return own;
  const shared = db
    .select({ caseId: caseShares.caseId })
    .from(caseShares)
    .where(
      and(eq(caseShares.partnerOrganizationId, auth.organization.id), isNull(caseShares.revokedAt)),
    );
  return or(own, inArray(cases.id, shared));
}

function assignedCondition(assigned: string, auth: AuthContext): SQL {
  if (assigned === 'me') return eq(cases.assigneeUserId, auth.user.id);
  if (assigned === 'unassigned') return isNull(cases.assigneeUserId);
  return eq(cases.assigneeUserId, assigned);
}

function searchCondition(q: string): SQL | undefined {
  const match = toFtsPrefixQuery(q);
  if (!match) return undefined;
  return sql`${cases}.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ${match})`;
}

/** Every filter of the queue as SQL; shared by the list and the CSV export. */
export function queueConditions(options: Omit<CaseQueueOptions, 'limit' | 'cursor'>): SQL[] {
  const { db, auth, today, filter } = options;
  const conditions: (SQL | undefined)[] = [
    scopeCondition(db, auth),
    filter.status ? inArray(cases.status, filter.status) : undefined,
    filter.assigned ? assignedCondition(filter.assigned, auth) : undefined,
    filter.overdue === true ? lt(cases.dueAt, today) : undefined,
    filter.overdue === false ? or(isNull(cases.dueAt), sql`${cases.dueAt} >= ${today}`) : undefined,
    filter.organizationId ? eq(cases.organizationId, filter.organizationId) : undefined,
    filter.nationality ? eq(cases.nationality, filter.nationality) : undefined,
    filter.occupationField ? eq(cases.occupationField, filter.occupationField) : undefined,
    filter.submittedFrom
      ? sql`${cases.submittedAt} >= ${startOfGermanDay(filter.submittedFrom)}`
      : undefined,
    filter.submittedTo
      ? lt(cases.submittedAt, startOfGermanDay(addCalendarDays(filter.submittedTo, 1)))
      : undefined,
    filter.q ? searchCondition(filter.q) : undefined,
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

function selectQueueRows(db: Reader) {
  return db
    .select({
      id: cases.id,
      reference: cases.reference,
      status: cases.status,
      version: cases.version,
      resumeStatus: cases.resumeStatus,
      hireName: cases.hireName,
      organizationId: cases.organizationId,
      employerName: cases.employerName,
      nationality: cases.nationality,
      occupationField: cases.occupationField,
      submittedAt: cases.submittedAt,
      dueAt: cases.dueAt,
      closedAt: cases.closedAt,
      assigneeUserId: cases.assigneeUserId,
      assigneeName: users.name,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assigneeUserId));
}

function pageBySubmission(
  db: Reader,
  conditions: SQL[],
  order: 'asc' | 'desc',
  limit: number,
  cursor: string | undefined,
): CaseListRow[] {
  const direction = order === 'asc' ? asc : desc;
  return selectQueueRows(db)
    .where(and(...conditions, afterCursor(cursor, [cases.submittedAt, cases.id], order)))
    .orderBy(direction(cases.submittedAt), direction(cases.id))
    .limit(limit + 1)
    .all();
}

/**
 * Cases with a due date in its order first, then those without one by id. Two index-friendly
 * queries instead of one "NULLS LAST" sort that no index serves; the cursor's due date is ''
 * once the page has reached the cases without one.
 */
function pageByDueDate(
  db: Reader,
  conditions: SQL[],
  order: 'asc' | 'desc',
  limit: number,
  cursor: string | undefined,
): CaseListRow[] {
  const direction = order === 'asc' ? asc : desc;
  const beyond = order === 'asc' ? gt : lt;
  const [cursorDue, cursorId] = cursor ? decodeCursor(cursor, 2).map(String) : [];
  const rows: CaseListRow[] = [];
  if (cursorDue !== '') {
    const after =
      cursorDue === undefined
        ? undefined
        : or(
            beyond(cases.dueAt, cursorDue),
            and(eq(cases.dueAt, cursorDue), beyond(cases.id, cursorId ?? '')),
          );
    rows.push(
      ...selectQueueRows(db)
        .where(and(...conditions, isNotNull(cases.dueAt), after))
        .orderBy(direction(cases.dueAt), direction(cases.id))
        .limit(limit + 1)
        .all(),
    );
  }
  if (rows.length <= limit) {
    const after = cursorDue === '' ? beyond(cases.id, cursorId ?? '') : undefined;
    rows.push(
      ...selectQueueRows(db)
        .where(and(...conditions, isNull(cases.dueAt), after))
        .orderBy(direction(cases.id))
        .limit(limit + 1 - rows.length)
        .all(),
    );
  }
  return rows;
}

/** One page of the queue, keyset-paginated on (sort value, id). */
export function pageCaseRows(options: CaseQueueOptions): ListResponse<CaseListRow> {
  const { db, filter, limit, cursor } = options;
  const conditions = queueConditions(options);
  if (filter.sort === 'dueAt') {
    const rows = pageByDueDate(db, conditions, filter.order, limit, cursor);
    return toPage(rows, limit, (row) => [row.dueAt ?? '', row.id]);
  }
  const rows = pageBySubmission(db, conditions, filter.order, limit, cursor);
  return toPage(rows, limit, (row) => [row.submittedAt, row.id]);
}
