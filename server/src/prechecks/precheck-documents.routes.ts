import { createRoute } from '@hono/zod-openapi';
import { documentSchema, idParamSchema, idSchema } from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { uploadFormSchema } from '../lib/upload-form';
import { signedIn } from '../middleware/signed-in';

// Tagged with the documents, where the OpenAPI document has always listed them.
const base = { tags: ['documents'], security: sessionSecurity, middleware: signedIn };

export const uploadDocumentRoute = createRoute({
  ...base,
  method: 'post',
  path: '/prechecks/{id}/documents',
  summary:
    'Upload a PDF, JPEG or PNG (≤ 10 MB, judged by its content) for a code on the draft’s checklist; replaces an earlier upload for the code',
  request: {
    params: idParamSchema,
    body: { required: true, content: { 'multipart/form-data': { schema: uploadFormSchema } } },
  },
  responses: {
    201: jsonContent(documentSchema, 'The stored document with size and SHA-256'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const deleteDocumentRoute = createRoute({
  ...base,
  method: 'delete',
  path: '/prechecks/{id}/documents/{documentId}',
  summary: 'Remove a document from a draft',
  request: { params: idParamSchema.extend({ documentId: idSchema }) },
  responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 409) },
});
