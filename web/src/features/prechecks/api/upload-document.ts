import { documentSchema, type Precheck, type PrecheckDocument } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  buildApiUrl,
  NetworkError,
  toApiError,
  UnexpectedResponseError,
} from '../../../lib/api-client';
import { precheckKeys } from './keys';

type UploadOptions = {
  precheckId: string;
  requirementCode: string;
  file: File;
  /** 0–100 while the file is sent. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
};

/**
 * Sends one file as multipart/form-data. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; errors become the same `ApiError`s as with `apiRequest`.
 */
export function uploadDocument({
  precheckId,
  requirementCode,
  file,
  onProgress,
  signal,
}: UploadOptions): Promise<PrecheckDocument> {
  const body = new FormData();
  body.append('requirementCode', requirementCode);
  body.append('file', file, file.name);
  const url = buildApiUrl(`/prechecks/${encodeURIComponent(precheckId)}/documents`);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url.toString());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress?.((event.loaded / event.total) * 100);
      }
    });
    xhr.addEventListener('load', async () => {
      const headers = new Headers();
      const retryAfter = xhr.getResponseHeader('Retry-After');
      if (retryAfter) headers.set('Retry-After', retryAfter);
      if (xhr.status < 200 || xhr.status >= 300) {
        const response = new Response(xhr.responseText || null, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers,
        });
        reject(await toApiError(response));
        return;
      }
      try {
        const parsed = documentSchema.safeParse(JSON.parse(xhr.responseText));
        if (parsed.success) resolve(parsed.data);
        else reject(new UnexpectedResponseError(xhr.status, parsed.error));
      } catch (error) {
        reject(new UnexpectedResponseError(xhr.status, error));
      }
    });
    xhr.addEventListener('error', () => reject(new NetworkError(new Error('Upload failed'))));
    xhr.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
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
