import { caseMessageSchema, type PostCaseMessage } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function postCaseMessage({ id, body }: { id: string; body: PostCaseMessage }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/messages`, {
    method: 'POST',
    body,
    schema: caseMessageSchema,
  });
}

export function usePostCaseMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postCaseMessage,
    onSuccess: (message) => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.messages(message.caseId) });
    },
  });
}
