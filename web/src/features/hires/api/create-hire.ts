import { type CreateHire, hireSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { hireKeys } from './keys';

export function createHire(body: CreateHire) {
  return apiRequest('/hires', { method: 'POST', body, schema: hireSchema });
}

export function useCreateHire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createHire,
    onSuccess: (hire) => {
      queryClient.setQueryData(hireKeys.detail(hire.id), hire);
      void queryClient.invalidateQueries({ queryKey: hireKeys.lists() });
    },
  });
}
