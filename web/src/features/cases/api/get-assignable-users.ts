import { caseAssigneeSchema, listResponseSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

const assignableUsersSchema = listResponseSchema(caseAssigneeSchema);

/** The active city staff a case can be assigned to, by name (the server sends all on one page). */
export function getAssignableUsers(signal?: AbortSignal) {
  return apiRequest('/cases/assignable-users', { schema: assignableUsersSchema, signal });
}

export const assignableUsersQueryOptions = () =>
  queryOptions({
    queryKey: caseKeys.assignableUsers(),
    queryFn: async ({ signal }) => (await getAssignableUsers(signal)).items,
  });

export function useAssignableUsers() {
  return useQuery(assignableUsersQueryOptions());
}
