import { type InviteUser, userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';

export function inviteUser(body: InviteUser) {
  return apiRequest('/admin/invitations', { method: 'POST', body, schema: userSchema });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteUser,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.users() });
      // The invitation e-mail lands in the development mailbox when no SMTP is configured.
      void queryClient.invalidateQueries({ queryKey: adminKeys.outbox() });
    },
  });
}
