import { caseDetailSchema, type ReportEmploymentEnded } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function reportEmploymentEnded({ id, body }: { id: string; body: ReportEmploymentEnded }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/employment-ended`, {
    method: 'POST',
    body,
    schema: caseDetailSchema,
  });
}

/**
 * The case with the report replaces the cached one; a conflict (already reported, or not entered
 * yet) means the cached one is stale, so it is read again.
 */
export function useReportEmploymentEnded() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportEmploymentEnded,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
    onError: (error, { id }) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      }
    },
  });
}
