import { buildApiUrl, fetchApi, NetworkError, type QueryParams, toApiError } from './api-client';

export type DownloadProgress = {
  bytes: number;
  /** Line breaks received so far: the rows of a text file such as CSV. */
  lines: number;
  /** The answer's headers, e.g. for a total the server announces. */
  headers: Headers;
};

export type DownloadedFile = { blob: Blob; fileName: string };

type DownloadFileOptions = {
  /** Below `/api`, e.g. `/cases/export.csv`. */
  path: string;
  query?: QueryParams;
  /** Used when the server names no file in Content-Disposition. */
  fallbackName: string;
  /** Called for every chunk of the body as it arrives. */
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
};

const lineFeed = 0x0a;

function countLineFeeds(chunk: Uint8Array): number {
  let count = 0;
  for (const byte of chunk) if (byte === lineFeed) count += 1;
  return count;
}

/** The file name of `attachment; filename="…"; filename*=UTF-8''…`, the encoded one first. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A broken encoding: the plain name below is the server's fallback anyway.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}

/**
 * Fetches a file from the API and reads its body as a stream, reporting each chunk, so that a
 * large export shows progress instead of a link that seems to do nothing. Errors become the same
 * `ApiError`s as with `apiRequest`.
 */
export async function downloadFile({
  path,
  query,
  fallbackName,
  onProgress,
  signal,
}: DownloadFileOptions): Promise<DownloadedFile> {
  const response = await fetchApi(buildApiUrl(path, query), { signal });
  if (!response.ok) throw await toApiError(response);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        lines += countLineFeeds(value);
        onProgress?.({ bytes, lines, headers: response.headers });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  }
  return {
    blob: new Blob(chunks, { type: response.headers.get('Content-Type') ?? undefined }),
    fileName: fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName,
  };
}

/** Some browsers start the download only after the click's task, so the URL lives a while. */
const objectUrlLifetimeMs = 10_000;

/** Hands a downloaded file to the browser, as a link with `download` would. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), objectUrlLifetimeMs);
}
