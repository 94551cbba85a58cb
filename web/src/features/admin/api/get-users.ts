import { listResponseSchema, maxPageSize, userSchema } from '@itc/shared';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { readAllPages } from './all-pages';
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

/** Every account (all pages), by name, for select boxes such as the audit log's "Person". */
export const userOptionsQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.userOptions(),
    queryFn: async ({ signal }) => {
      const users = await readAllPages((cursor) =>
        getAdminUsers({ limit: maxPageSize, cursor, signal }),
      );
      return users.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    },
  });

export function useUserOptions() {
  return useQuery(userOptionsQueryOptions());
}
