import { listResponseSchema, outboxMessageSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';

const pageSize = 20;
const outboxListSchema = listResponseSchema(outboxMessageSchema);

export function getOutbox({ cursor, signal }: { cursor?: string; signal?: AbortSignal } = {}) {
  return apiRequest('/admin/outbox', {
    schema: outboxListSchema,
    query: { limit: pageSize, cursor },
    signal,
  });
}

export const outboxQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: adminKeys.outbox(),
    queryFn: ({ pageParam, signal }) => getOutbox({ cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useOutbox() {
  return useInfiniteQuery(outboxQueryOptions());
}
