import { type AcceptInvitation, meResponseSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invitationKeys } from './keys';

/** Sets the password; the answer is the new session's user. */
export function acceptInvitation(body: AcceptInvitation) {
  return apiRequest('/invitations/accept', { method: 'POST', body, schema: meResponseSchema });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    // The link is used up; nobody should see its details again from the cache.
    onSuccess: (_data, { token }) =>
      queryClient.removeQueries({ queryKey: invitationKeys.detail(token) }),
  });
}
