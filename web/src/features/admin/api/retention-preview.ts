import { retentionPreviewSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys } from './keys';

export function getRetentionPreview({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('/admin/retention/preview', { schema: retentionPreviewSchema, signal });
}

const retentionPreviewKey = () => [...adminKeys.all, 'retention-preview'] as const;

export const retentionPreviewQueryOptions = () =>
  queryOptions({
    queryKey: retentionPreviewKey(),
    queryFn: ({ signal }) => getRetentionPreview({ signal }),
  });

export function useRetentionPreview() {
  return useQuery(retentionPreviewQueryOptions());
}
