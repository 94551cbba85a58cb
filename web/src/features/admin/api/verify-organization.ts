import { organizationSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';
import { replaceListItem } from './list-cache';

export function verifyOrganization(id: string) {
  return apiRequest(`/admin/organizations/${encodeURIComponent(id)}/verify`, {
    method: 'POST',
    schema: organizationSchema,
  });
}

export function useVerifyOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyOrganization,
    onSuccess: (organization) => {
      replaceListItem(queryClient, adminKeys.organizationLists(), organization);
      void queryClient.invalidateQueries({ queryKey: adminKeys.pendingEmployerCount() });
      void queryClient.invalidateQueries({ queryKey: adminKeys.organizationOptions() });
    },
  });
}
