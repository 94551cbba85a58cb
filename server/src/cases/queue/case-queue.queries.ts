import type { Db } from '@itc/db';
import type { CaseQueueFilter, ListResponse, Locale } from '@itc/shared';
import type { AuthContext } from '../../app-env';
import { assertPeriodInOrder } from '../../lib/assert-period';
import { cachedStatement } from '../../lib/cached-statement';
import { decodeCursor, toPage } from '../../lib/cursor';
import type { CaseListRow } from './case-list.mapper';
import { andClauses, queueWhere, type SqlClause } from './case-queue.sql';

export type CaseQueueOptions = {
  db: Pick<Db, 'select' | '$client'>;
  auth: AuthContext;
  /** Today in Germany: what "overdue" is measured against. */
  today: string;
  filter: CaseQueueFilter;
  limit: number;
  cursor?: string;
};

/** The queue's and the export's submission period, in order. */
export function assertSubmissionPeriod(filter: CaseQueueFilter, locale: Locale): void {
  assertPeriodInOrder(
    { from: filter.submittedFrom, to: filter.submittedTo, toPath: 'submittedTo' },
    locale,
  );
}

/** The columns a queue row needs, in this order: never the frozen submission or assessment. */
const selectRows = `SELECT c.id, c.reference, c.status, c.version, c.resume_status, c.hire_name,
  c.organization_id, c.employer_name, c.nationality, c.occupation_field, c.submitted_at,
  c.due_at, c.closed_at, c.assignee_user_id, u.name
  FROM cases c LEFT JOIN users u ON u.id = c.assignee_user_id`;

type CaseListTuple = [
  CaseListRow['id'],
  CaseListRow['reference'],
  CaseListRow['status'],
  CaseListRow['version'],
  CaseListRow['resumeStatus'],
  CaseListRow['hireName'],
  CaseListRow['organizationId'],
  CaseListRow['employerName'],
  CaseListRow['nationality'],
  CaseListRow['occupationField'],
  CaseListRow['submittedAt'],
  CaseListRow['dueAt'],
  CaseListRow['closedAt'],
  CaseListRow['assigneeUserId'],
  CaseListRow['assigneeName'],
];

function toRow(values: CaseListTuple): CaseListRow {
  return {
    id: values[0],
    reference: values[1],
    status: values[2],
    version: values[3],
    resumeStatus: values[4],
    hireName: values[5],
    organizationId: values[6],
    employerName: values[7],
    nationality: values[8],
    occupationField: values[9],
    submittedAt: values[10],
    dueAt: values[11],
    closedAt: values[12],
    assigneeUserId: values[13],
    assigneeName: values[14],
  };
}

/**
 * Rows come as arrays (better-sqlite3's raw mode): building the objects in JavaScript costs a
 * quarter of what the driver takes to build them with named keys, on the portal's hottest query.
 */
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
  const tuples = statement.raw(true).all(...where.params, limit) as CaseListTuple[];
  return tuples.map(toRow);
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
