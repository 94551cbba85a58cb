import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';
import { replaceListItem } from './list-cache';

/** A new one-time link by email for a pending invitation; earlier links stop working. */
export function resendInvitation(id: string) {
  return apiRequest(`/admin/users/${encodeURIComponent(id)}/invitation/resend`, {
    method: 'POST',
    schema: userSchema,
  });
}

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInvitation,
    onSuccess: (user) => replaceListItem(queryClient, adminKeys.userLists(), user),
  });
}
