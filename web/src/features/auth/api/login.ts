import { type LoginRequest, meResponseSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from './session';

export function login(body: LoginRequest) {
  return apiRequest('/auth/login', { method: 'POST', body, schema: meResponseSchema });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}
