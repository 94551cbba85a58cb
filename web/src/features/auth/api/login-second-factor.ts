import { loginResponseSchema, type SecondFactorCodeRequest } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from './session';

/** Completes a sign-in with a TOTP or recovery code; the challenge cookie names the account. */
export async function loginSecondFactor(body: SecondFactorCodeRequest) {
  const answer = await apiRequest('/auth/login/second-factor', {
    method: 'POST',
    body,
    schema: loginResponseSchema,
  });
  if (!('user' in answer)) throw new Error('The server asked for a second factor twice.');
  return answer.user;
}

export function useLoginSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: loginSecondFactor,
    onSuccess: (user) => startSession(queryClient, user),
  });
}
