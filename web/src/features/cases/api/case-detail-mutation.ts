import type { CaseDetail } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { caseKeys } from './keys';

/**
 * A write that answers with the whole case: the answer replaces the cached case, and lists (which
 * filter by stage and assignee) and the dashboard's figures are read again. A 409 means the cached case is stale (moved or
 * reported meanwhile), so it is read again too.
 */
export function useCaseDetailMutation<Variables extends { id: string }>(
  mutationFn: (variables: Variables) => Promise<CaseDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: caseKeys.dashboards() });
    },
    onError: (error, { id }) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      }
    },
  });
}
