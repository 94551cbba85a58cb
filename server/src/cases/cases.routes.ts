import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '@itc/shared';
import { problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';
import { pdfContent } from '../pdf/pdf-response';

export const caseReceiptRoute = createRoute({
  method: 'get',
  path: '/cases/{id}/receipt.pdf',
  tags: ['cases'],
  summary: 'PDF receipt of a submission: reference, time, result, documents with hashes',
  security: sessionSecurity,
  middleware: signedIn,
  request: { params: idParamSchema },
  responses: { 200: pdfContent('The receipt'), ...problems(401, 404) },
});
