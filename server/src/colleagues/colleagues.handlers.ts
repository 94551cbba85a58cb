import type { AuthContext } from '../app-env';
import { inviteUser, resendInvitation } from '../invitations/invitations.service';
import { AppError } from '../lib/app-error';
import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireAuth } from '../middleware/auth';
import { assertCanSeeOrganization } from '../organizations/organizations.service';
import { deactivateUser, reactivateUser, withdrawInvitation } from '../users/user-accounts.service';
import { listUsers } from '../users/users.queries';
import {
  deactivateColleagueRoute,
  inviteColleagueRoute,
  listOrganizationUsersRoute,
  reactivateColleagueRoute,
  resendColleagueInvitationRoute,
  withdrawColleagueInvitationRoute,
} from './colleagues.routes';

/** Only the organisation's own HR users manage its people: 404 for outsiders, 403 for others. */
function requireOwnHr(auth: AuthContext, organizationId: string): AuthContext {
  if (auth.user.organizationId !== organizationId) throw new AppError('not_found');
  if (auth.user.role !== 'employer_hr') throw new AppError('forbidden');
  return auth;
}

/** An employer's people: who works in the portal for it, invitations and deactivation. */
export const colleaguesRouter = createRouter()
  .openapi(listOrganizationUsersRoute, (c) => {
    const { id } = c.req.valid('param');
    assertCanSeeOrganization(requireAuth(c), id);
    const { limit, cursor } = c.req.valid('query');
    return c.json(listUsers({ db: c.get('deps').db, organizationId: id, limit, cursor }), 200);
  })
  .openapi(inviteColleagueRoute, (c) => {
    const { id } = c.req.valid('param');
    const auth = requireOwnHr(requireAuth(c), id);
    const { db, clock, config } = c.get('deps');
    const { user, resent } = inviteUser({
      db,
      now: clock.now(),
      validDays: config.invitationValidDays,
      actor: auth,
      linkTo: linkToFor(c),
      invitee: { ...c.req.valid('json'), role: 'employer_hr', organizationId: id },
    });
    return resent ? c.json(user, 200) : c.json(user, 201);
  })
  .openapi(deactivateColleagueRoute, (c) => {
    const { id, userId } = c.req.valid('param');
    const actor = requireOwnHr(requireAuth(c), id);
    const { db, clock } = c.get('deps');
    return c.json(deactivateUser({ db, now: clock.now(), actor, userId, organizationId: id }), 200);
  })
  .openapi(reactivateColleagueRoute, (c) => {
    const { id, userId } = c.req.valid('param');
    const actor = requireOwnHr(requireAuth(c), id);
    const { db, clock } = c.get('deps');
    return c.json(reactivateUser({ db, now: clock.now(), actor, userId, organizationId: id }), 200);
  })
  .openapi(resendColleagueInvitationRoute, (c) => {
    const { id, userId } = c.req.valid('param');
    const actor = requireOwnHr(requireAuth(c), id);
    const { db, clock, config } = c.get('deps');
    const user = resendInvitation({
      db,
      now: clock.now(),
      actor,
      userId,
      organizationId: id,
      validDays: config.invitationValidDays,
      linkTo: linkToFor(c),
    });
    return c.json(user, 200);
  })
  .openapi(withdrawColleagueInvitationRoute, (c) => {
    const { id, userId } = c.req.valid('param');
    const actor = requireOwnHr(requireAuth(c), id);
    const { db, clock } = c.get('deps');
    withdrawInvitation({ db, now: clock.now(), actor, userId, organizationId: id });
    return c.body(null, 204);
  });
