import { type CaseDetail, caseDocumentSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '../../../lib/upload-file';
import { caseKeys } from './keys';

type UploadOptions = {
  caseId: string;
  requirementCode: string;
  file: File;
  onProgress?: (percent: number) => void;
};

/** Employer side: one file for a code of the open document request. */
export function uploadCaseDocument({ caseId, requirementCode, file, onProgress }: UploadOptions) {
  return uploadFile({
    path: `/cases/${encodeURIComponent(caseId)}/documents`,
    fields: { requirementCode },
    file,
    schema: caseDocumentSchema,
    onProgress,
  });
}

export function useUploadCaseDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCaseDocument,
    onSuccess: (document, { caseId }) => {
      // Shown at once; the case is read again for the files the new one replaces.
      queryClient.setQueryData<CaseDetail>(caseKeys.detail(caseId), (detail) =>
        detail
          ? { ...detail, documents: [...detail.documents, { ...document, supersededById: null }] }
          : detail,
      );
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    },
  });
}
