import { type Db, schema } from '@itc/db';
import { todayInGermany } from '@itc/shared';
import { sql } from 'drizzle-orm';

/**
 * The next human reference of the German calendar year, e.g. ITC-2026-000123. The counter row
 * is bumped inside the caller's transaction, so a failed submission does not use up a number.
 */
export function nextCaseReference(tx: Pick<Db, 'insert'>, now: Date): string {
  const year = Number(todayInGermany(now).slice(0, 4));
  const { last } = tx
    .insert(schema.caseReferenceCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: schema.caseReferenceCounters.year,
      set: { last: sql`${schema.caseReferenceCounters.last} + 1` },
    })
    .returning({ last: schema.caseReferenceCounters.last })
    .get();
  return `ITC-${year}-${String(last).padStart(6, '0')}`;
}
