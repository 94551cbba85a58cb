import { createRoute } from '@hono/zod-openapi';
import { caseOverviewSchema } from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../../lib/openapi';
import { signedIn } from '../../middleware/signed-in';

export const caseOverviewRoute = createRoute({
  tags: ['cases'],
  security: sessionSecurity,
  middleware: signedIn,
  method: 'get',
  path: '/cases/overview',
  summary:
    'City staff: how many cases are new, assigned to the caller (open), due within a week and overdue, for the start page; each count matches the queue with the same filter',
  responses: {
    200: jsonContent(caseOverviewSchema, 'The counts'),
    ...problems(401, 403),
  },
});
