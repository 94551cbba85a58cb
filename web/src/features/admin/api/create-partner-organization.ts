import { type CreatePartnerOrganization, organizationSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';

export function createPartnerOrganization(body: CreatePartnerOrganization) {
  return apiRequest('/admin/organizations', { method: 'POST', body, schema: organizationSchema });
}

export function useCreatePartnerOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnerOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.organizations() }),
  });
}
