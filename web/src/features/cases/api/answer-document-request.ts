import { type AnswerDocumentRequest, caseDetailSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

type AnswerOptions = { caseId: string; requestId: string; body: AnswerDocumentRequest };

export function answerDocumentRequest({ caseId, requestId, body }: AnswerOptions) {
  return apiRequest(
    `/cases/${encodeURIComponent(caseId)}/document-requests/${encodeURIComponent(requestId)}/answer`,
    { method: 'POST', body, schema: caseDetailSchema },
  );
}

/** "Antwort senden": the case returns to the stage the documents were requested from. */
export function useAnswerDocumentRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerDocumentRequest,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
    onError: (error, { caseId }) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      }
    },
  });
}
