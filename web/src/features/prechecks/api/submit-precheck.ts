import { submittedCaseSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { precheckKeys } from './keys';

export function submitPrecheck(id: string, version: number) {
  return apiRequest(`/prechecks/${encodeURIComponent(id)}/submit`, {
    method: 'POST',
    body: { version },
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
    mutationFn: ({ id, version }: { id: string; version: number }) => submitPrecheck(id, version),
    onSuccess: async (submitted, { id }) => {
      queryClient.setQueryData(precheckKeys.submittedCase(id), submitted);
      await queryClient.invalidateQueries({ queryKey: precheckKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: precheckKeys.lists() });
    },
  });
}
