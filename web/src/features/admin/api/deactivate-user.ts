import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';
import { replaceListItem } from './list-cache';

export function deactivateUser(id: string) {
  return apiRequest(`/admin/users/${encodeURIComponent(id)}/deactivate`, {
    method: 'POST',
    schema: userSchema,
  });
}

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: (user) => replaceListItem(queryClient, adminKeys.userLists(), user),
  });
}
