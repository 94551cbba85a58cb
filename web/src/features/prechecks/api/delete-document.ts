import type { Precheck } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { precheckKeys } from './keys';

type DeleteDocument = { precheckId: string; documentId: string };

export function deleteDocument({ precheckId, documentId }: DeleteDocument) {
  return apiRequest(
    `/prechecks/${encodeURIComponent(precheckId)}/documents/${encodeURIComponent(documentId)}`,
    { method: 'DELETE' },
  );
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: (_result, { precheckId, documentId }) => {
      queryClient.setQueryData<Precheck>(precheckKeys.detail(precheckId), (precheck) =>
        precheck
          ? { ...precheck, documents: precheck.documents.filter((d) => d.id !== documentId) }
          : precheck,
      );
      void queryClient.invalidateQueries({ queryKey: precheckKeys.lists() });
    },
  });
}
