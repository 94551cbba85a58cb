import type { z } from 'zod';
import { buildApiUrl, NetworkError, toApiError, UnexpectedResponseError } from './api-client';

type UploadFileOptions<S extends z.ZodType> = {
  /** Below `/api`, e.g. `/cases/1/documents`. */
  path: string;
  /** Form fields sent before the file. */
  fields: Record<string, string>;
  file: File;
  schema: S;
  /** 0–100 while the file is sent. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
};

/**
 * Sends one file as multipart/form-data. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; errors become the same `ApiError`s as with `apiRequest`.
 */
export function uploadFile<S extends z.ZodType>({
  path,
  fields,
  file,
  schema,
  onProgress,
  signal,
}: UploadFileOptions<S>): Promise<z.infer<S>> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append('file', file, file.name);
  const url = buildApiUrl(path);

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
        const parsed = schema.safeParse(JSON.parse(xhr.responseText));
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
