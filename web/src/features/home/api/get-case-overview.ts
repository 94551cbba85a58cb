import { caseOverviewSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

// Under the cases' key, so that whatever refreshes the cases refreshes the counts too.
const caseOverviewKey = ['cases', 'overview'] as const;

export function getCaseOverview(signal?: AbortSignal) {
  return apiRequest('/cases/overview', { schema: caseOverviewSchema, signal });
}

export const caseOverviewQueryOptions = () =>
  queryOptions({
    queryKey: caseOverviewKey,
    queryFn: ({ signal }) => getCaseOverview(signal),
  });

export function useCaseOverview({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...caseOverviewQueryOptions(), enabled });
}
