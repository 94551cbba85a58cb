import { type InviteColleague, userSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

export function inviteColleague(organizationId: string, body: InviteColleague) {
  return apiRequest(`/organizations/${encodeURIComponent(organizationId)}/invitations`, {
    method: 'POST',
    body,
    schema: userSchema,
  });
}

export function useInviteColleague(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteColleague) => inviteColleague(organizationId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.users(organizationId) }),
  });
}
