import type { CurrentUser } from '@itc/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { authKeys } from './keys';

/** For other features that change the signed-in user (the account page; composed in app/routes). */
export function useSetCurrentUser(): (user: CurrentUser) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (user: CurrentUser) => queryClient.setQueryData(authKeys.me(), user),
    [queryClient],
  );
}
