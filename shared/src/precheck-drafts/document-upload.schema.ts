import { z } from 'zod';

/** Upload limit per document; the web checks it before sending, the server again. */
export const maxDocumentBytes = 10 * 1024 * 1024;

export const documentContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof documentContentTypes)[number];

/**
 * The multipart form of a document upload. The file's type is judged by its content on the
 * server, never by its name or the browser's Content-Type.
 */
export const uploadDocumentSchema = z.object({
  requirementCode: z.string().trim().min(1, 'required').max(64),
  file: z.instanceof(File, { message: 'required' }),
});
