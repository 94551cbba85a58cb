import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { decodeCursor } from './cursor';

/**
 * The condition "after the cursor's row" for a two-column sort (value, then id). Written as a
 * row-value comparison, which SQLite turns into a range on a (value, id) index; the equivalent
 * `a < x OR (a = x AND id < y)` makes it scan the index from the start.
 */
export function afterCursor(
  cursor: string | undefined,
  columns: [AnyColumn, AnyColumn],
  direction: 'asc' | 'desc',
): SQL | undefined {
  if (!cursor) return undefined;
  const [value, id] = decodeCursor(cursor, 2);
  const [valueColumn, idColumn] = columns;
  const beyond = sql.raw(direction === 'asc' ? '>' : '<');
  return sql`(${valueColumn}, ${idColumn}) ${beyond} (${value}, ${id})`;
}
