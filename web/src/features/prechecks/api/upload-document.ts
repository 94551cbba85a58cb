import { documentSchema, type Precheck, type PrecheckDocument } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '../../../lib/upload-file';
import { precheckKeys } from './keys';

type UploadOptions = {
  precheckId: string;
  requirementCode: string;
  file: File;
  /** 0–100 while the file is sent. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
};

/** Sends one file for a checklist item, with upload progress (see `uploadFile`). */
export function uploadDocument({
  precheckId,
  requirementCode,
  file,
  onProgress,
  signal,
}: UploadOptions): Promise<PrecheckDocument> {
  return uploadFile({
    path: `/prechecks/${encodeURIComponent(precheckId)}/documents`,
    fields: { requirementCode },
    file,
    schema: documentSchema,
    onProgress,
    signal,
  });
}

/** Puts a new or replacing document into the cached pre-check, so the checklist updates. */
function withDocument(precheck: Precheck | undefined, document: PrecheckDocument) {
  if (!precheck) return precheck;
  const others = precheck.documents.filter((d) => d.requirementCode !== document.requirementCode);
  return { ...precheck, documents: [...others, document] };
}

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocument,
    onSuccess: (document, { precheckId }) => {
      queryClient.setQueryData<Precheck>(precheckKeys.detail(precheckId), (precheck) =>
        withDocument(precheck, document),
      );
      void queryClient.invalidateQueries({ queryKey: precheckKeys.lists() });
    },
  });
}
