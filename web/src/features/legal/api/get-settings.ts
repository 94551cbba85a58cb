import { publicSettingsSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getSettings({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('/settings', { schema: publicSettingsSchema, signal });
}

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings'] as const,
    queryFn: ({ signal }) => getSettings({ signal }),
    // The configuration changes only with a restart of the portal.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useSettings() {
  return useQuery(settingsQueryOptions());
}
