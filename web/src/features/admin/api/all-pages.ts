import type { ListResponse } from '@itc/shared';

/** Upper bound of pages read for a select box; 10 × 100 entries is far beyond today's need. */
const maxOptionPages = 10;

/** Every item of a cursor-paged list (all pages), for select boxes. */
export async function readAllPages<T>(
  readPage: (cursor: string | undefined) => Promise<ListResponse<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxOptionPages; page += 1) {
    const result = await readPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}
