import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { accountKeys } from './keys';

/** Signs out one of the user's other sessions. */
export function endAccountSession(id: string) {
  return apiRequest(`/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useEndAccountSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endAccountSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}
