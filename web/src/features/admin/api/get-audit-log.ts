import { auditLogEntrySchema, listResponseSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type AuditLogFilters, adminKeys } from './keys';

const pageSize = 50;
const auditLogListSchema = listResponseSchema(auditLogEntrySchema);

type ListParams = AuditLogFilters & { limit?: number; cursor?: string; signal?: AbortSignal };

export function getAuditLog({ signal, ...query }: ListParams = {}) {
  return apiRequest('/admin/audit-log', { schema: auditLogListSchema, query, signal });
}

export const auditLogQueryOptions = (filters: AuditLogFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.auditLogList(filters),
    queryFn: ({ pageParam, signal }) =>
      getAuditLog({ ...filters, limit: pageSize, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Every action anywhere in the portal adds to the log: read it afresh each time it is opened.
    staleTime: 0,
  });

export function useAuditLog(filters: AuditLogFilters) {
  return useInfiniteQuery(auditLogQueryOptions(filters));
}
