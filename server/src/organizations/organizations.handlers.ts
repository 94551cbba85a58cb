import { inviteUser } from '../invitations/invitations.service';
import { AppError } from '../lib/app-error';
import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireAuth } from '../middleware/auth';
import { listUsers } from '../users/users.queries';
import {
  getOrganizationRoute,
  inviteColleagueRoute,
  listOrganizationUsersRoute,
} from './organizations.routes';
import { assertCanSeeOrganization, getOrganization } from './organizations.service';

export const organizationsRouter = createRouter()
  .openapi(getOrganizationRoute, (c) => {
    const { id } = c.req.valid('param');
    assertCanSeeOrganization(requireAuth(c), id);
    return c.json(getOrganization(c.get('deps').db, id), 200);
  })
  .openapi(listOrganizationUsersRoute, (c) => {
    const { id } = c.req.valid('param');
    assertCanSeeOrganization(requireAuth(c), id);
    const { limit, cursor } = c.req.valid('query');
    return c.json(listUsers({ db: c.get('deps').db, organizationId: id, limit, cursor }), 200);
  })
  .openapi(inviteColleagueRoute, (c) => {
    const auth = requireAuth(c);
    const { id } = c.req.valid('param');
    if (auth.user.organizationId !== id) throw new AppError('not_found');
    if (auth.user.role !== 'employer_hr') throw new AppError('forbidden');
    const { db, clock, config } = c.get('deps');
    const user = inviteUser({
      db,
      now: clock.now(),
      validDays: config.invitationValidDays,
      actor: auth,
      linkTo: linkToFor(c),
      invitee: { ...c.req.valid('json'), role: 'employer_hr', organizationId: id },
    });
    return c.json(user, 201);
  });
