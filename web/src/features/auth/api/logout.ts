import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { endSession } from './session';

export function logout() {
  return apiRequest('/auth/logout', { method: 'POST' });
}

/**
 * `beforeEnd` runs after the server ended the session but before the cached user is dropped,
 * so the app can leave protected pages first (otherwise they would ask for a new login).
 */
export function useLogout({ beforeEnd }: { beforeEnd?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      await beforeEnd?.();
      endSession(queryClient);
    },
  });
}
