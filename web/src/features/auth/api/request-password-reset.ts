import { type PasswordResetRequest, passwordResetAcceptedSchema } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Asks for a link by email; the answer is the same whether or not the address has an account. */
export function requestPasswordReset(body: PasswordResetRequest) {
  return apiRequest('/auth/password-reset', {
    method: 'POST',
    body,
    schema: passwordResetAcceptedSchema,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
