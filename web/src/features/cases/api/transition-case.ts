import { type CaseTransitionInput, caseDetailSchema } from '@itc/shared';
import { apiRequest } from '../../../lib/api-client';
import { useCaseDetailMutation } from './case-detail-mutation';

export function transitionCase({ id, body }: { id: string; body: CaseTransitionInput }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/transitions`, {
    method: 'POST',
    body,
    schema: caseDetailSchema,
  });
}

export function useTransitionCase() {
  return useCaseDetailMutation(transitionCase);
}
