import { createRoute, z } from '@hono/zod-openapi';
import { idParamSchema } from '@itc/shared';
import { problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

const base = { tags: ['documents'], security: sessionSecurity, middleware: signedIn };

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
