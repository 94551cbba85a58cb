import { type CaseTransitionInput, caseDetailSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function transitionCase({ id, body }: { id: string; body: CaseTransitionInput }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/transitions`, {
    method: 'POST',
    body,
    schema: caseDetailSchema,
  });
}

/** On success the moved case replaces the cached one; a stale version refetches it. */
export function useTransitionCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionCase,
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
