import type { Db } from '@itc/db';
import { type CaseOverview, dueSoonDays, finalCaseStatuses } from '@itc/shared';
import { addCalendarDays } from '../../deadlines/calendar-days';
import { cachedStatement } from '../../lib/cached-statement';

const finals = finalCaseStatuses.map((status) => `'${status}'`).join(', ');

/**
 * Each count is answered from an index alone, without reading a case row (the rows are large:
 * they hold the frozen submission). So "new", "due soon" and "overdue" leave out the queue's
 * `erased_at IS NULL`, which is a column of the row: the retention job erases only closed cases
 * and those after entry, which have left `submitted` and have no due date, so the counts are
 * the same. At 100,000 cases reading the rows made the overdue count 80 ms instead of 2 ms.
 */
const countSql = `SELECT
  (SELECT count(*) FROM cases WHERE status = 'submitted') AS newCount,
  (SELECT count(*) FROM cases WHERE assignee_user_id = ? AND erased_at IS NULL
    AND status NOT IN (${finals})) AS assignedToMeCount,
  (SELECT count(*) FROM cases WHERE due_at BETWEEN ? AND ?) AS dueSoonCount,
  (SELECT count(*) FROM cases WHERE due_at < ?) AS overdueCount`;

/** The reviewer's start page: the queue's parts, counted as the queue's filters select them. */
export function countCaseOverview(
  db: Pick<Db, '$client'>,
  options: { userId: string; today: string },
): CaseOverview {
  const { userId, today } = options;
  const dueSoonUntil = addCalendarDays(today, dueSoonDays);
  const counts = cachedStatement(db.$client, countSql).get(
    userId,
    today,
    dueSoonUntil,
    today,
  ) as Omit<CaseOverview, 'dueSoonUntil'>;
  return { ...counts, dueSoonUntil };
}
