import { precheckSchema, type SavePrecheck } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { precheckKeys } from './keys';

export function savePrecheck(id: string, body: SavePrecheck) {
  return apiRequest(`/prechecks/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body,
    schema: precheckSchema,
  });
}

/** Saves a draft's step and answers; the answer carries the server's own assessment. */
export function useSavePrecheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SavePrecheck }) => savePrecheck(id, body),
    onSuccess: (precheck) => {
      queryClient.setQueryData(precheckKeys.detail(precheck.id), precheck);
      void queryClient.invalidateQueries({ queryKey: precheckKeys.lists() });
    },
  });
}
