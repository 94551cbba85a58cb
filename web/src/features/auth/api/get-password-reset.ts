import { passwordResetInfoSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { authKeys } from './keys';

export const passwordResetKeys = {
  all: [...authKeys.all, 'password-reset'] as const,
  detail: (token: string) => [...passwordResetKeys.all, token] as const,
};

/** Whether a reset link is still open, and for which address. */
export function getPasswordReset(token: string, signal?: AbortSignal) {
  return apiRequest(`/auth/password-reset/${encodeURIComponent(token)}`, {
    schema: passwordResetInfoSchema,
    signal,
  });
}

export const passwordResetQueryOptions = (token: string) =>
  queryOptions({
    queryKey: passwordResetKeys.detail(token),
    queryFn: ({ signal }) => getPasswordReset(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function usePasswordReset(token: string) {
  return useQuery(passwordResetQueryOptions(token));
}
