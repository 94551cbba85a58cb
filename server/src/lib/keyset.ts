import { type AnyColumn, and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import { decodeCursor } from './cursor';

/** The condition "after the cursor's row" for a two-column sort (value, then id). */
export function afterCursor(
  cursor: string | undefined,
  columns: [AnyColumn, AnyColumn],
  direction: 'asc' | 'desc',
): SQL | undefined {
  if (!cursor) return undefined;
  const [value, id] = decodeCursor(cursor, 2);
  const [valueColumn, idColumn] = columns;
  const beyond = direction === 'asc' ? gt : lt;
  return or(beyond(valueColumn, value), and(eq(valueColumn, value), beyond(idColumn, id)));
}
