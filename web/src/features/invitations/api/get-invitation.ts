import { invitationInfoSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invitationKeys } from './keys';

export function getInvitation(token: string, signal?: AbortSignal) {
  return apiRequest(`/invitations/${encodeURIComponent(token)}`, {
    schema: invitationInfoSchema,
    signal,
  });
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: invitationKeys.detail(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
