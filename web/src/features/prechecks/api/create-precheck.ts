import { type Precheck, precheckSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { getPrechecks } from './get-prechecks';
import { precheckKeys } from './keys';

export function createPrecheck(hireId: string) {
  return apiRequest('/prechecks', { method: 'POST', body: { hireId }, schema: precheckSchema });
}

/**
 * Starts a pre-check for a hire. The server keeps one draft per hire and answers 409 when one is
 * open (e.g. started in another tab): that draft is then resumed instead.
 */
export async function startPrecheck(hireId: string): Promise<Precheck> {
  try {
    return await createPrecheck(hireId);
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'precheck_in_progress')) throw error;
    const { items } = await getPrechecks({ hireId, status: 'draft' });
    if (!items[0]) throw error;
    return items[0];
  }
}

export function useStartPrecheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startPrecheck,
    onSuccess: (precheck) => {
      queryClient.setQueryData(precheckKeys.detail(precheck.id), precheck);
      void queryClient.invalidateQueries({ queryKey: precheckKeys.lists() });
    },
  });
}
