import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';
import { replaceListItem } from './list-cache';

/** Removes the user's TOTP factor and recovery codes; they enrol again at the next sign-in. */
export function resetSecondFactor(id: string) {
  return apiRequest(`/admin/users/${encodeURIComponent(id)}/second-factor/reset`, {
    method: 'POST',
    schema: userSchema,
  });
}

export function useResetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetSecondFactor,
    onSuccess: (user) => replaceListItem(queryClient, adminKeys.userLists(), user),
  });
}
