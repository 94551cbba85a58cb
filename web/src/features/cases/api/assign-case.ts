import { type AssignCase, caseDetailSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function assignCase({ id, body }: { id: string; body: AssignCase }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/assignee`, {
    method: 'POST',
    body,
    schema: caseDetailSchema,
  });
}

/** The case with its new assignee replaces the cached one; lists filter by assignee. */
export function useAssignCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignCase,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
  });
}
