import type { PasswordResetConfirm } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { passwordResetKeys } from './get-password-reset';

/** Sets the new password; it does not sign in. */
export function confirmPasswordReset(body: PasswordResetConfirm) {
  return apiRequest('/auth/password-reset/confirm', { method: 'POST', body });
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPasswordReset,
    // The link is used up; coming back to it must ask the server again.
    onSuccess: (_data, { token }) =>
      queryClient.removeQueries({ queryKey: passwordResetKeys.detail(token) }),
  });
}
