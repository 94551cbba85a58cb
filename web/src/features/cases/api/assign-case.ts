import { type AssignCase, caseDetailSchema } from '@itc/shared';
import { apiRequest } from '../../../lib/api-client';
import { useCaseDetailMutation } from './case-detail-mutation';

export function assignCase({ id, body }: { id: string; body: AssignCase }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/assignee`, {
    method: 'POST',
    body,
    schema: caseDetailSchema,
  });
}

export function useAssignCase() {
  return useCaseDetailMutation(assignCase);
}
