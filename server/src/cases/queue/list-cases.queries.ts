import type { CaseListItem, ListResponse } from '@itc/shared';
import { toCaseListItem } from './case-list.mapper';
import { type CaseQueueOptions, pageCaseRows } from './case-queue.queries';

/** `GET /cases`: the reviewer queue for city staff, "my cases" for the employer side. */
export function listCases(options: CaseQueueOptions): ListResponse<CaseListItem> {
  const page = pageCaseRows(options);
  return {
    items: page.items.map((row) => toCaseListItem(row, options.today)),
    nextCursor: page.nextCursor,
  };
}
