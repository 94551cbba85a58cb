import type { Db } from '@itc/db';
import {
  type CaseQueueFilter,
  dueSoonDays,
  finalCaseStatuses,
  startOfGermanDay,
} from '@itc/shared';
import { viewScope } from '../../access/employer-access';
import type { AuthContext } from '../../app-env';
import { addCalendarDays } from '../../deadlines/calendar-days';
import { toFtsPrefixQuery } from './fts-query.sql';

/**
 * The queue's SQL, written by hand: it is the portal's hottest query and must stay fast at
 * 100,000 cases. Building it with drizzle and compiling it anew on every request cost more than
 * running it; here the text depends only on which filters are set, so each shape is compiled
 * once and reused (`cachedStatement`). Every value is a bound parameter.
 */
export type SqlClause = { sql: string; params: unknown[] };

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * City staff see every case; the employer side its own employers' (HR users and mandated
 * partners) and, for partner organisations, the cases shared with them.
 */
function scopeClause(db: Pick<Db, 'select'>, auth: AuthContext): SqlClause | null {
  const scope = viewScope(db, auth);
  if (scope.kind === 'all') return null;
  const ids = scope.organizationIds;
  const own = ids.length > 0 ? `c.organization_id IN (${placeholders(ids.length)})` : '0';
  if (auth.organization.type === 'employer') return { sql: own, params: ids };
  return {
    sql: `(${own} OR c.id IN (SELECT case_id FROM case_shares
      WHERE partner_organization_id = ? AND revoked_at IS NULL))`,
    params: [...ids, auth.organization.id],
  };
}

function assignedClause(assigned: string, auth: AuthContext): SqlClause {
  if (assigned === 'unassigned') return { sql: 'c.assignee_user_id IS NULL', params: [] };
  return {
    sql: 'c.assignee_user_id = ?',
    params: [assigned === 'me' ? auth.user.id : assigned],
  };
}

/** Every filter of the queue, joined with AND; the list, the count and the export share it. */
export function queueWhere(options: {
  db: Pick<Db, 'select'>;
  auth: AuthContext;
  today: string;
  filter: CaseQueueFilter;
}): SqlClause {
  const { db, auth, today, filter } = options;
  const match = filter.q ? toFtsPrefixQuery(filter.q) : null;
  const clauses: (SqlClause | null)[] = [
    // Erased cases keep counting on the dashboard, but no list or export shows them.
    { sql: 'c.erased_at IS NULL', params: [] },
    scopeClause(db, auth),
    filter.status
      ? { sql: `c.status IN (${placeholders(filter.status.length)})`, params: filter.status }
      : null,
    filter.assigned ? assignedClause(filter.assigned, auth) : null,
    filter.overdue === true ? { sql: 'c.due_at < ?', params: [today] } : null,
    filter.overdue === false
      ? { sql: '(c.due_at IS NULL OR c.due_at >= ?)', params: [today] }
      : null,
    filter.open
      ? {
          sql: `c.status NOT IN (${placeholders(finalCaseStatuses.length)})`,
          params: [...finalCaseStatuses],
        }
      : null,
    filter.dueSoon
      ? {
          sql: 'c.due_at BETWEEN ? AND ?',
          params: [today, addCalendarDays(today, dueSoonDays)],
        }
      : null,
    filter.organizationId
      ? { sql: 'c.organization_id = ?', params: [filter.organizationId] }
      : null,
    filter.nationality ? { sql: 'c.nationality = ?', params: [filter.nationality] } : null,
    filter.occupationField
      ? { sql: 'c.occupation_field = ?', params: [filter.occupationField] }
      : null,
    filter.submittedFrom
      ? { sql: 'c.submitted_at >= ?', params: [startOfGermanDay(filter.submittedFrom)] }
      : null,
    filter.submittedTo
      ? {
          sql: 'c.submitted_at < ?',
          params: [startOfGermanDay(addCalendarDays(filter.submittedTo, 1))],
        }
      : null,
    // The unary plus keeps the search from driving the query: SQLite then walks the queue's
    // order and checks each case against the matches (with a Bloom filter), instead of fetching
    // every match and sorting them all. A company name matching 33,000 of 100,000 cases took
    // 100 ms that way; now every search stays under about 5 ms, even one matching nothing.
    match
      ? {
          sql: '+c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)',
          params: [match],
        }
      : null,
  ];
  return andClauses(clauses);
}

export function andClauses(clauses: (SqlClause | null)[]): SqlClause {
  const present = clauses.filter((clause): clause is SqlClause => clause !== null);
  return {
    sql: present.length > 0 ? present.map((clause) => clause.sql).join(' AND ') : '1',
    params: present.flatMap((clause) => clause.params),
  };
}
