import { caseShareSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function revokeCaseShare({ id, shareId }: { id: string; shareId: string }) {
  return apiRequest(
    `/cases/${encodeURIComponent(id)}/shares/${encodeURIComponent(shareId)}/revoke`,
    { method: 'POST', schema: caseShareSchema },
  );
}

/** The partner loses access at once; resolves once the case no longer lists the share. */
export function useRevokeCaseShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCaseShare,
    onSuccess: (_share, { id }) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
    onError: (error, { id }) => {
      // Ended meanwhile (e.g. by a colleague): show the current shares.
      if (error instanceof ApiError && error.code === 'share_already_revoked') {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      }
    },
  });
}
