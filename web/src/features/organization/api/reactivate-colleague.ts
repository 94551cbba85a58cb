import { userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

export function reactivateColleague(organizationId: string, userId: string) {
  return apiRequest(
    `/organizations/${encodeURIComponent(organizationId)}/users/${encodeURIComponent(userId)}/reactivate`,
    { method: 'POST', schema: userSchema },
  );
}

export function useReactivateColleague(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => reactivateColleague(organizationId, userId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.users(organizationId) }),
  });
}
