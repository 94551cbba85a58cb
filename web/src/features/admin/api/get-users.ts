import { listResponseSchema, userSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys, type UserFilters } from './keys';

const pageSize = 20;
const userListSchema = listResponseSchema(userSchema);

type ListParams = UserFilters & { limit?: number; cursor?: string; signal?: AbortSignal };

export function getAdminUsers({ signal, ...query }: ListParams = {}) {
  return apiRequest('/admin/users', { schema: userListSchema, query, signal });
}

export const adminUsersQueryOptions = (filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.userList(filters),
    queryFn: ({ pageParam, signal }) =>
      getAdminUsers({ ...filters, limit: pageSize, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useAdminUsers(filters: UserFilters) {
  return useInfiniteQuery(adminUsersQueryOptions(filters));
}
