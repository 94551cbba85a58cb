import { maxDocumentBytes } from '@itc/shared';
import type { Context } from 'hono';
import { problemResponse } from '../lib/problem';
import { requestLocale } from '../lib/request-locale';
import { describeFieldErrors, fieldError } from '../lib/validation-errors';
import { declaredBodyLimit } from '../middleware/declared-body-limit';

/** Room for the multipart framing: boundaries, part headers and the requirement code. */
const multipartOverheadBytes = 64 * 1024;

// A draft's checklist documents, and the files answering a case's document request.
const uploadPath = /^\/api\/(prechecks|cases)\/[^/]+\/documents\/?$/;

/** The requests that may carry more than the API's 1 MB: document uploads. */
export function isDocumentUpload(c: Context): boolean {
  return c.req.method === 'POST' && uploadPath.test(c.req.path);
}

/**
 * Stops an oversized upload while it streams in, before it is buffered or parsed. A file just
 * over 10 MB that still fits the framing allowance is refused by the service with the same error.
 */
export const uploadBodyLimit = declaredBodyLimit({
  maxSize: maxDocumentBytes + multipartOverheadBytes,
  onError: (c) => {
    const error = fieldError('file', 'file_too_large', requestLocale(c));
    return problemResponse(c, 'validation_failed', {
      detail: describeFieldErrors([error]),
      errors: [error],
    });
  },
});
