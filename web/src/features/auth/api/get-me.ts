import { type CurrentUser, meResponseSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isUnauthenticated } from '../../../lib/errors';
import { authKeys } from './keys';

/** The logged-in user, or null when nobody is logged in (401 is an answer, not an error). */
export async function getMe(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    const { user } = await apiRequest('/auth/me', { schema: meResponseSchema, signal });
    return user;
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}

/** The user inside a <ProtectedRoute>, where one is always logged in. */
export function useCurrentUser(): CurrentUser {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser() is only available inside <ProtectedRoute>.');
  return data;
}
