import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

/** A new one-time link by email; earlier links stop working. */
export function resendInvitation(organizationId: string, userId: string) {
  return apiRequest(
    `/organizations/${encodeURIComponent(organizationId)}/invitations/${encodeURIComponent(userId)}/resend`,
    { method: 'POST', schema: userSchema },
  );
}

export function useResendInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => resendInvitation(organizationId, userId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.users(organizationId) }),
  });
}
