import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';
import { replaceListItem } from './list-cache';

export function reactivateUser(id: string) {
  return apiRequest(`/admin/users/${encodeURIComponent(id)}/reactivate`, {
    method: 'POST',
    schema: userSchema,
  });
}

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivateUser,
    onSuccess: (user) => replaceListItem(queryClient, adminKeys.userLists(), user),
  });
}
