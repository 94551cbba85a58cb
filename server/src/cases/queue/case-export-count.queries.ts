import { cachedStatement } from '../../lib/cached-statement';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';
import type { CaseQueueOptions } from './case-queue.queries';
import { queueWhere } from './case-queue.sql';

/** Rows looked at per count: about 3 ms each at 100,000 cases on a 2-vCPU server. */
const rowsPerSlice = 2000;

/**
 * How many cases the filters select: the export's progress total. Counted a rowid range at a
 * time with the event loop free in between, as one count over 100,000 cases reads every row
 * (whether a case is erased is a column of its row) and held the loop for 160–500 ms.
 */
export async function countCasesInSlices(
  options: Omit<CaseQueueOptions, 'limit' | 'cursor'>,
  sliceRows = rowsPerSlice,
): Promise<number> {
  const client = options.db.$client;
  const where = queueWhere(options);
  const count = cachedStatement(
    client,
    `SELECT count(*) AS n FROM cases c WHERE c.rowid > ? AND c.rowid <= ? AND ${where.sql}`,
  );
  const { last } = cachedStatement(client, 'SELECT max(rowid) AS last FROM cases').get() as {
    last: number | null;
  };
  let total = 0;
  for (let after = 0; after < (last ?? 0); after += sliceRows) {
    if (after > 0) await yieldToEventLoop();
    total += (count.get(after, after + sliceRows, ...where.params) as { n: number }).n;
  }
  return total;
}
