import { meResponseSchema, type UpdatePreferences } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { authKeys } from './keys';

export function updatePreferences(body: UpdatePreferences) {
  return apiRequest('/auth/me', { method: 'PATCH', body, schema: meResponseSchema });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: ({ user }) => queryClient.setQueryData(authKeys.me(), user),
  });
}
