import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

/** The colleague can no longer sign in; their sessions end at once. */
export function deactivateColleague(organizationId: string, userId: string) {
  return apiRequest(
    `/organizations/${encodeURIComponent(organizationId)}/users/${encodeURIComponent(userId)}/deactivate`,
    { method: 'POST', schema: userSchema },
  );
}

export function useDeactivateColleague(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => deactivateColleague(organizationId, userId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.users(organizationId) }),
  });
}
