import { type GrantMandate, mandateSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mandateKeys } from './keys';

export function grantMandate(body: GrantMandate) {
  return apiRequest('/mandates', { method: 'POST', body, schema: mandateSchema });
}

export function useGrantMandate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantMandate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mandateKeys.lists() }),
  });
}
