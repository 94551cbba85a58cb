import { caseShareSchema, type ShareCase } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function shareCase({ id, body }: { id: string; body: ShareCase }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/shares`, {
    method: 'POST',
    body,
    schema: caseShareSchema,
  });
}

/**
 * Resolves once the case shows the new share. `case_already_shared` may mean a colleague shared
 * it meanwhile, so the case is read again then too.
 */
export function useShareCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: shareCase,
    onSuccess: (_share, { id }) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
    onError: (error, { id }) => {
      if (error instanceof ApiError && error.code === 'case_already_shared') {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      }
    },
  });
}
