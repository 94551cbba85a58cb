import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

/** Deletes the unused account and its links, so the address can be invited again. */
export function withdrawInvitation(organizationId: string, userId: string) {
  return apiRequest(
    `/organizations/${encodeURIComponent(organizationId)}/invitations/${encodeURIComponent(userId)}`,
    { method: 'DELETE' },
  );
}

export function useWithdrawInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => withdrawInvitation(organizationId, userId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.users(organizationId) }),
  });
}
