import { type Db, schema } from '@itc/db';
import { inArray } from 'drizzle-orm';

export type CaseLink = { id: string; reference: string };

/** The case each submitted pre-check became. */
export function casesByPrecheck(
  db: Pick<Db, 'select'>,
  precheckIds: string[],
): Map<string, CaseLink> {
  if (precheckIds.length === 0) return new Map();
  const rows = db
    .select({
      id: schema.cases.id,
      reference: schema.cases.reference,
      precheckId: schema.cases.precheckId,
    })
    .from(schema.cases)
    .where(inArray(schema.cases.precheckId, precheckIds))
    .all();
  return new Map(rows.map((row) => [row.precheckId, { id: row.id, reference: row.reference }]));
}
