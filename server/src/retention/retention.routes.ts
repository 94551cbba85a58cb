import { createRoute } from '@hono/zod-openapi';
import { publicSettingsSchema, retentionPreviewSchema } from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

export const retentionPreviewRoute = createRoute({
  tags: ['admin'],
  security: sessionSecurity,
  middleware: signedIn,
  method: 'get',
  path: '/admin/retention/preview',
  summary:
    'For city admins: the cases and hires whose personal data the daily run deletes within the next 30 days (at most 200 of each, with their total)',
  responses: {
    200: jsonContent(retentionPreviewSchema, 'What is due for deletion'),
    ...problems(401, 403),
  },
});

export const publicSettingsRoute = createRoute({
  tags: ['system'],
  method: 'get',
  path: '/settings',
  summary: 'Settings the privacy notice states, for every visitor: the retention period in days',
  responses: { 200: jsonContent(publicSettingsSchema, 'The public settings') },
});
