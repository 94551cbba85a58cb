import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { getOrganizationRoute } from './organizations.routes';
import { assertCanSeeOrganization, getOrganization } from './organizations.service';

export const organizationsRouter = createRouter().openapi(getOrganizationRoute, (c) => {
  const { id } = c.req.valid('param');
  assertCanSeeOrganization(requireAuth(c), id);
  return c.json(getOrganization(c.get('deps').db, id), 200);
});
