import { hireSchema, type UpdateHire } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { hireKeys } from './keys';

export function updateHire(id: string, body: UpdateHire) {
  return apiRequest(`/hires/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body,
    schema: hireSchema,
  });
}

/** A full replacement with the version last read; 409 when someone else saved in between. */
export function useUpdateHire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateHire }) => updateHire(id, body),
    onSuccess: (hire) => {
      queryClient.setQueryData(hireKeys.detail(hire.id), hire);
      void queryClient.invalidateQueries({ queryKey: hireKeys.lists() });
    },
  });
}
