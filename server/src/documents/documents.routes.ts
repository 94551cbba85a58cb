import { createRoute, z } from '@hono/zod-openapi';
import { documentSchema, idParamSchema, idSchema, uploadDocumentSchema } from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

const base = { tags: ['documents'], security: sessionSecurity, middleware: signedIn };

// OpenAPI has no notion of a File instance; a binary string is how it describes a file part.
// (`.meta`, not `.openapi`: shared schemas are built before zod-openapi extends zod.)
export const uploadFormSchema = uploadDocumentSchema.extend({
  file: uploadDocumentSchema.shape.file.meta({ type: 'string', format: 'binary' }),
});

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

export const documentContentRoute = createRoute({
  ...base,
  method: 'get',
  path: '/documents/{id}/content',
  summary:
    'The file: inline for preview, or as a download with ?download=1. For the owning employer, its mandated partners and city staff',
  request: {
    params: idParamSchema,
    query: z.object({ download: z.enum(['0', '1']).optional() }),
  },
  responses: {
    200: {
      description: 'The file with its stored Content-Type',
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) },
        'image/png': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problems(401, 404),
  },
});
