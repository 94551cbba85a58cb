import { type SubmitPrecheck, submittedCaseSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { precheckKeys } from './keys';

export function submitPrecheck(id: string, body: SubmitPrecheck) {
  return apiRequest(`/prechecks/${encodeURIComponent(id)}/submit`, {
    method: 'POST',
    body,
    schema: submittedCaseSchema,
  });
}

/**
 * Submits a draft: the server checks completeness again and opens a case with its reference.
 * The case is kept for the confirmation page.
 */
export function useSubmitPrecheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SubmitPrecheck }) => submitPrecheck(id, body),
    onSuccess: async (submitted, { id }) => {
      queryClient.setQueryData(precheckKeys.submittedCase(id), submitted);
      await queryClient.invalidateQueries({ queryKey: precheckKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: precheckKeys.lists() });
    },
  });
}
