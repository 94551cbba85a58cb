import { listResponseSchema, maxPageSize, organizationSchema } from '@itc/shared';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { readAllPages } from './all-pages';
import { adminKeys, type OrganizationFilters } from './keys';

const pageSize = 20;
const organizationListSchema = listResponseSchema(organizationSchema);

type ListParams = OrganizationFilters & { limit?: number; cursor?: string; signal?: AbortSignal };

export function getAdminOrganizations({ signal, ...query }: ListParams = {}) {
  return apiRequest('/admin/organizations', { schema: organizationListSchema, query, signal });
}

/** Cursor-paged list for the tables ("Weitere laden"). */
export const adminOrganizationsQueryOptions = (filters: OrganizationFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.organizationList(filters),
    queryFn: ({ pageParam, signal }) =>
      getAdminOrganizations({ ...filters, limit: pageSize, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useAdminOrganizations(filters: OrganizationFilters) {
  return useInfiniteQuery(adminOrganizationsQueryOptions(filters));
}

/** Every organisation (all pages), for select boxes such as "invite into organisation". */
export function getAllOrganizations(signal?: AbortSignal) {
  return readAllPages((cursor) => getAdminOrganizations({ limit: maxPageSize, cursor, signal }));
}

export const organizationOptionsQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.organizationOptions(),
    queryFn: ({ signal }) => getAllOrganizations(signal),
  });

export function useOrganizationOptions() {
  return useQuery(organizationOptionsQueryOptions());
}

/**
 * How many employers wait for verification. The list has no total, so one page of the maximum
 * size is read; `isAtLeast` says that there are more than `count`.
 */
export const pendingEmployerCountQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.pendingEmployerCount(),
    queryFn: async ({ signal }) => {
      const page = await getAdminOrganizations({
        type: 'employer',
        verificationStatus: 'pending',
        limit: maxPageSize,
        signal,
      });
      return { count: page.items.length, isAtLeast: page.nextCursor !== null };
    },
  });

export function usePendingEmployerCount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pendingEmployerCountQueryOptions(), enabled });
}
