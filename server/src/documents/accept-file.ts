import { createHash } from 'node:crypto';
import { type DocumentContentType, type Locale, maxDocumentBytes } from '@itc/shared';
import { invalidFields } from '../lib/validation-errors';
import { sniffContentType } from './sniff-content-type';

export type AcceptedFile = {
  bytes: Uint8Array;
  contentType: DocumentContentType;
  sizeBytes: number;
  sha256: string;
};

/** A PDF, JPEG or PNG of at most 10 MB, judged by its bytes; 400 on field `file` otherwise. */
export async function acceptFile(file: File, locale: Locale): Promise<AcceptedFile> {
  const refuse = (message: string) => invalidFields([{ path: 'file', message }], locale);
  if (file.size > maxDocumentBytes) throw refuse('file_too_large');
  if (file.size === 0) throw refuse('file_empty');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffContentType(bytes);
  if (!contentType) throw refuse('file_type_not_allowed');
  return {
    bytes,
    contentType,
    sizeBytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
