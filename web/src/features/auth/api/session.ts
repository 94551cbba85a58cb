import type { CurrentUser } from '@itc/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { authKeys } from './keys';

/** A new session (login, registration, accepted invitation): drop the previous user's data. */
export function startSession(queryClient: QueryClient, user: CurrentUser): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.me(), user);
}

/** The session ended: forget everything that was loaded for the user. */
export function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.me(), null);
}

/** For other features' flows that log the user in (composed in app/routes). */
export function useStartSession(): (user: CurrentUser) => void {
  const queryClient = useQueryClient();
  return useCallback((user: CurrentUser) => startSession(queryClient, user), [queryClient]);
}
