import { listResponseSchema, outboxMessageSchema } from '@itc/shared';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';

const pageSize = 20;
const outboxListSchema = listResponseSchema(outboxMessageSchema);

export function getOutbox({
  cursor,
  q,
  signal,
}: {
  cursor?: string;
  q?: string;
  signal?: AbortSignal;
} = {}) {
  return apiRequest('/admin/outbox', {
    schema: outboxListSchema,
    query: { limit: pageSize, cursor, q },
    signal,
  });
}

/** Where an email's attachment is downloaded (a plain link: the browser saves the file). */
export function outboxAttachmentUrl(id: string, index: number): string {
  return `/api/admin/outbox/${encodeURIComponent(id)}/attachments/${index}`;
}

export const outboxQueryOptions = (q?: string) =>
  infiniteQueryOptions({
    queryKey: [...adminKeys.outbox(), { q }],
    queryFn: ({ pageParam, signal }) => getOutbox({ cursor: pageParam, q, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useOutbox(q?: string) {
  return useInfiniteQuery(outboxQueryOptions(q));
}
