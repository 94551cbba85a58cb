import { type AnswerDocumentRequest, caseDetailSchema } from '@itc/shared';
import { apiRequest } from '../../../lib/api-client';
import { useCaseDetailMutation } from './case-detail-mutation';

type AnswerOptions = { id: string; requestId: string; body: AnswerDocumentRequest };

export function answerDocumentRequest({ id, requestId, body }: AnswerOptions) {
  return apiRequest(
    `/cases/${encodeURIComponent(id)}/document-requests/${encodeURIComponent(requestId)}/answer`,
    { method: 'POST', body, schema: caseDetailSchema },
  );
}

/** "Antwort senden": the case returns to the stage the documents were requested from. */
export function useAnswerDocumentRequest() {
  return useCaseDetailMutation(answerDocumentRequest);
}
