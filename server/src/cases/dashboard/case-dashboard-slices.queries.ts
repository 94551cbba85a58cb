import type { Db } from '@itc/db';
import type { CaseStatus, OccupationField } from '@itc/shared';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';
import {
  type DashboardTally,
  emptyTally,
  tallyCase,
  tallyStageDays,
} from './case-dashboard-tally.service';

/**
 * Cases per slice: at 100,000 cases reading 500 cases takes about 5 ms on a 2-vCPU server, the
 * window over their ~5 stage events each about 10 ms (both 3–4 times that when the machine is
 * busy), with the event loop free after each.
 */
export const dashboardSliceSize = 500;

type CaseTuple = [string, string, CaseStatus, 0 | 1 | null, OccupationField | null, string];

// Keyset on `cases_submitted_idx`; `(start, '')` opens the period, as no id is empty.
const casesInSlice = `SELECT id, submitted_at, status, closed_at IS NULL AND due_at < ?,
    occupation_field, nationality
  FROM cases WHERE (submitted_at, id) > (?, ?) AND submitted_at < ?
  ORDER BY submitted_at, id LIMIT ?`;

// A case's events all fall in its slice, so the window over them is the same as over the period.
const stagesInSlice = `SELECT e.to_status,
    julianday(lead(e.created_at) OVER (PARTITION BY e.case_id ORDER BY e.id))
      - julianday(e.created_at)
  FROM cases c JOIN case_events e ON e.case_id = c.id
  WHERE e.kind = 'status_changed'
    AND (c.submitted_at, c.id) > (?, ?) AND (c.submitted_at, c.id) <= (?, ?)`;

/**
 * Tallies the cases submitted in [start, end) a slice at a time, by keyset on (submitted_at, id),
 * yielding to the event loop between its queries so no other request waits behind the period.
 *
 * Why slices rather than figures kept up to date or a worker thread: maintained aggregates go
 * wrong as soon as one of the several writers of case rows (services, demo seed, bench seed)
 * forgets them, and a worker needs its own connection, which an in-memory test database cannot
 * give. Slices read the same rows and the same window over the stage events as one pass would,
 * so the figures stay exact.
 *
 * Slices are not one snapshot: a transaction held across the yields would, on the one shared
 * connection, swallow other requests' writes. A case moved while the dashboard is being read
 * (about a second at 100,000 cases) counts with the status its slice saw; every case still counts
 * exactly once, as the submission time it is sliced by never changes. Fine for a dashboard.
 */
export async function tallyPeriodInSlices(options: {
  db: Pick<Db, '$client'>;
  start: string;
  end: string;
  today: string;
  sliceSize?: number;
}): Promise<DashboardTally> {
  const { db, start, end, today, sliceSize = dashboardSliceSize } = options;
  const readCases = db.$client.prepare<unknown[], CaseTuple>(casesInSlice).raw(true);
  const readStages = db.$client
    .prepare<unknown[], [CaseStatus, number | null]>(stagesInSlice)
    .raw(true);
  const tally = emptyTally();
  let after: [string, string] = [start, ''];
  for (;;) {
    const rows = readCases.all(today, ...after, end, sliceSize);
    const last = rows.at(-1);
    if (!last) break;
    for (const [, submittedAt, status, overdue, occupationField, nationality] of rows) {
      tallyCase(tally, {
        status,
        submittedAt,
        overdue: overdue === 1,
        occupationField,
        nationality,
      });
    }
    await yieldToEventLoop();
    const through: [string, string] = [last[1], last[0]];
    for (const [status, days] of readStages.all(...after, ...through)) {
      if (days !== null) tallyStageDays(tally, status, days);
    }
    if (rows.length < sliceSize) break;
    after = through;
    await yieldToEventLoop();
  }
  return tally;
}
