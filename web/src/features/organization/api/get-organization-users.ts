import { listResponseSchema, userSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

const pageSize = 20;
const userListSchema = listResponseSchema(userSchema);

export function getOrganizationUsers(
  id: string,
  { cursor, signal }: { cursor?: string; signal?: AbortSignal } = {},
) {
  return apiRequest(`/organizations/${encodeURIComponent(id)}/users`, {
    schema: userListSchema,
    query: { limit: pageSize, cursor },
    signal,
  });
}

export const organizationUsersQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: organizationKeys.users(id),
    queryFn: ({ pageParam, signal }) => getOrganizationUsers(id, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useOrganizationUsers(id: string) {
  return useInfiniteQuery(organizationUsersQueryOptions(id));
}
