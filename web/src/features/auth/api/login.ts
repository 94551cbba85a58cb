import { type LoginRequest, loginResponseSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from './session';

/** Either signed in, or `{ secondFactor: 'totp' }`: the code step comes next. */
export function login(body: LoginRequest) {
  return apiRequest('/auth/login', { method: 'POST', body, schema: loginResponseSchema });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (answer) => {
      if ('user' in answer) startSession(queryClient, answer.user);
    },
  });
}
