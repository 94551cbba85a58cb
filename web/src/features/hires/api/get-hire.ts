import { hireSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { hireKeys } from './keys';

export function getHire(id: string, signal?: AbortSignal) {
  return apiRequest(`/hires/${encodeURIComponent(id)}`, { schema: hireSchema, signal });
}

export const hireQueryOptions = (id: string) =>
  queryOptions({
    queryKey: hireKeys.detail(id),
    queryFn: ({ signal }) => getHire(id, signal),
  });

export function useHire(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...hireQueryOptions(id), enabled });
}
