import { organizationSchema, type RejectEmployer } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';
import { replaceListItem } from './list-cache';

export function rejectOrganization(id: string, body: RejectEmployer) {
  return apiRequest(`/admin/organizations/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body,
    schema: organizationSchema,
  });
}

export function useRejectOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RejectEmployer }) =>
      rejectOrganization(id, body),
    onSuccess: (organization) => {
      replaceListItem(queryClient, adminKeys.organizationLists(), organization);
      void queryClient.invalidateQueries({ queryKey: adminKeys.pendingEmployerCount() });
      void queryClient.invalidateQueries({ queryKey: adminKeys.organizationOptions() });
    },
  });
}
