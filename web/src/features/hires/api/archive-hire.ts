import { hireSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { hireKeys } from './keys';

export function archiveHire(id: string) {
  return apiRequest(`/hires/${encodeURIComponent(id)}/archive`, {
    method: 'POST',
    schema: hireSchema,
  });
}

export function useArchiveHire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveHire,
    onSuccess: (hire) => {
      queryClient.setQueryData(hireKeys.detail(hire.id), hire);
      void queryClient.invalidateQueries({ queryKey: hireKeys.lists() });
    },
  });
}
