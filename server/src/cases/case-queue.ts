import type { Db } from '@itc/db';
import type { CaseQueueFilter, ListResponse } from '@itc/shared';
import type { AuthContext } from '../app-env';
import { decodeCursor, toPage } from '../lib/cursor';
import type { CaseListRow } from './case-list.mapper';
import { andClauses, cachedStatement, queueWhere, type SqlClause } from './case-queue.sql';

export type CaseQueueOptions = {
  db: Pick<Db, 'select' | '$client'>;
  auth: AuthContext;
  /** Today in Germany: what "overdue" is measured against. */
  today: string;
  filter: CaseQueueFilter;
  limit: number;
  cursor?: string;
};

/** The columns a queue row needs: never the frozen submission or assessment. */
const selectRows = `SELECT c.id, c.reference, c.status, c.version,
  c.resume_status AS resumeStatus, c.hire_name AS hireName, c.organization_id AS organizationId,
  c.employer_name AS employerName, c.nationality, c.occupation_field AS occupationField,
  c.submitted_at AS submittedAt, c.due_at AS dueAt, c.closed_at AS closedAt,
  c.assignee_user_id AS assigneeUserId, u.name AS assigneeName
  FROM cases c LEFT JOIN users u ON u.id = c.assignee_user_id`;

function queryRows(
  db: CaseQueueOptions['db'],
  where: SqlClause,
  orderAndLimit: string,
  limit: number,
): CaseListRow[] {
  const statement = cachedStatement(
    db.$client,
    `${selectRows} WHERE ${where.sql} ${orderAndLimit}`,
  );
  return statement.all(...where.params, limit) as CaseListRow[];
}

function pageBySubmission(options: CaseQueueOptions, where: SqlClause): CaseListRow[] {
  const { db, filter, limit, cursor } = options;
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  const beyond = filter.order === 'asc' ? '>' : '<';
  // A row-value comparison: SQLite turns it into a range on the (submitted_at, id) indexes.
  const after = cursor
    ? { sql: `(c.submitted_at, c.id) ${beyond} (?, ?)`, params: decodeCursor(cursor, 2) }
    : null;
  return queryRows(
    db,
    andClauses([where, after]),
    `ORDER BY c.submitted_at ${direction}, c.id ${direction} LIMIT ?`,
    limit + 1,
  );
}

/**
 * Cases with a due date in its order first, then those without one by id. Two index-friendly
 * queries instead of one "NULLS LAST" sort that no index serves; the cursor's due date is ''
 * once the page has reached the cases without one.
 */
function pageByDueDate(options: CaseQueueOptions, where: SqlClause): CaseListRow[] {
  const { db, filter, limit, cursor } = options;
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  const beyond = filter.order === 'asc' ? '>' : '<';
  const [cursorDue, cursorId] = cursor ? decodeCursor(cursor, 2).map(String) : [];
  const rows: CaseListRow[] = [];
  if (cursorDue !== '') {
    const after =
      cursorDue === undefined
        ? null
        : { sql: `(c.due_at, c.id) ${beyond} (?, ?)`, params: [cursorDue, cursorId] };
    rows.push(
      ...queryRows(
        db,
        andClauses([where, { sql: 'c.due_at IS NOT NULL', params: [] }, after]),
        `ORDER BY c.due_at ${direction}, c.id ${direction} LIMIT ?`,
        limit + 1,
      ),
    );
  }
  if (rows.length <= limit) {
    const after = cursorDue === '' ? { sql: `c.id ${beyond} ?`, params: [cursorId] } : null;
    rows.push(
      ...queryRows(
        db,
        andClauses([where, { sql: 'c.due_at IS NULL', params: [] }, after]),
        `ORDER BY c.id ${direction} LIMIT ?`,
        limit + 1 - rows.length,
      ),
    );
  }
  return rows;
}

/** One page of the queue, keyset-paginated on (sort value, id). */
export function pageCaseRows(options: CaseQueueOptions): ListResponse<CaseListRow> {
  const where = queueWhere(options);
  if (options.filter.sort === 'dueAt') {
    return toPage(pageByDueDate(options, where), options.limit, (row) => [row.dueAt ?? '', row.id]);
  }
  return toPage(pageBySubmission(options, where), options.limit, (row) => [
    row.submittedAt,
    row.id,
  ]);
}

/** How many cases the filters select: the export's progress total. */
export function countCases(options: Omit<CaseQueueOptions, 'limit' | 'cursor'>): number {
  const where = queueWhere(options);
  const statement = cachedStatement(
    options.db.$client,
    `SELECT count(*) AS n FROM cases c WHERE ${where.sql}`,
  );
  return (statement.get(...where.params) as { n: number }).n;
}
