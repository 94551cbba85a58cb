import { mandateSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mandateKeys } from './keys';

export function revokeMandate(id: string) {
  return apiRequest(`/mandates/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
    schema: mandateSchema,
  });
}

/** The partner loses access at once; the list shows the mandate as revoked. */
export function useRevokeMandate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeMandate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mandateKeys.lists() }),
  });
}
