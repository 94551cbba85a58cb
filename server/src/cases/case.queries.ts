import { type Db, schema } from '@itc/db';
import { inArray } from 'drizzle-orm';

/** The case each submitted pre-check became. */
export function caseIdsByPrecheck(
  db: Pick<Db, 'select'>,
  precheckIds: string[],
): Map<string, string> {
  if (precheckIds.length === 0) return new Map();
  const rows = db
    .select({ id: schema.cases.id, precheckId: schema.cases.precheckId })
    .from(schema.cases)
    .where(inArray(schema.cases.precheckId, precheckIds))
    .all();
  return new Map(rows.map((row) => [row.precheckId, row.id]));
}
