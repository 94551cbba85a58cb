import { inviteUser, resendInvitation } from '../invitations/invitations.service';
import { AppError } from '../lib/app-error';
import { contentDisposition } from '../lib/content-disposition';
import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireRole } from '../middleware/auth';
import { deactivateUser, reactivateUser } from '../users/user-accounts.service';
import { listUsers } from '../users/users.queries';
import {
  createOrganizationRoute,
  deactivateUserRoute,
  inviteUserRoute,
  listOrganizationsRoute,
  listOutboxRoute,
  listUsersRoute,
  outboxAttachmentRoute,
  reactivateUserRoute,
  rejectOrganizationRoute,
  resendInvitationRoute,
  resetSecondFactorRoute,
  verifyOrganizationRoute,
} from './admin.routes';
import {
  createPartnerOrganization,
  listOrganizations,
  rejectEmployer,
  verifyEmployer,
} from './admin-organizations.service';
import { findOutboxAttachment, listOutbox } from './admin-outbox.queries';
import { resetSecondFactor } from './admin-users.service';

export const adminRouter = createRouter();

// Every admin route is for city admins only.
adminRouter.use('/admin/*', async (c, next) => {
  requireRole(c, 'city_admin');
  await next();
});

adminRouter
  .openapi(listOrganizationsRoute, (c) =>
    c.json(listOrganizations({ db: c.get('deps').db, ...c.req.valid('query') }), 200),
  )
  .openapi(createOrganizationRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const input = c.req.valid('json');
    return c.json(createPartnerOrganization({ db, now: clock.now(), actor, input }), 201);
  })
  .openapi(verifyOrganizationRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const { id } = c.req.valid('param');
    return c.json(verifyEmployer({ db, now: clock.now(), actor, linkTo: linkToFor(c), id }), 200);
  })
  .openapi(rejectOrganizationRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const organization = rejectEmployer({
      db,
      now: clock.now(),
      actor,
      linkTo: linkToFor(c),
      id,
      reason,
    });
    return c.json(organization, 200);
  })
  .openapi(listUsersRoute, (c) =>
    c.json(listUsers({ db: c.get('deps').db, ...c.req.valid('query') }), 200),
  )
  .openapi(inviteUserRoute, (c) => {
    const { db, clock, config } = c.get('deps');
    const { user, resent } = inviteUser({
      db,
      now: clock.now(),
      validDays: config.invitationValidDays,
      actor: requireRole(c, 'city_admin'),
      linkTo: linkToFor(c),
      invitee: c.req.valid('json'),
    });
    return resent ? c.json(user, 200) : c.json(user, 201);
  })
  .openapi(deactivateUserRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const { id } = c.req.valid('param');
    return c.json(deactivateUser({ db, now: clock.now(), actor, userId: id }), 200);
  })
  .openapi(reactivateUserRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const { id } = c.req.valid('param');
    return c.json(reactivateUser({ db, now: clock.now(), actor, userId: id }), 200);
  })
  .openapi(resetSecondFactorRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const { id } = c.req.valid('param');
    const user = resetSecondFactor({
      db,
      now: clock.now(),
      actor,
      userId: id,
      linkTo: linkToFor(c),
    });
    return c.json(user, 200);
  })
  .openapi(resendInvitationRoute, (c) => {
    const { db, clock, config } = c.get('deps');
    const actor = requireRole(c, 'city_admin');
    const { id } = c.req.valid('param');
    const user = resendInvitation({
      db,
      now: clock.now(),
      actor,
      userId: id,
      validDays: config.invitationValidDays,
      linkTo: linkToFor(c),
    });
    return c.json(user, 200);
  })
  .openapi(listOutboxRoute, (c) => {
    const { db, config } = c.get('deps');
    if (!config.devMailbox) throw new AppError('mailbox_disabled');
    return c.json(listOutbox({ db, ...c.req.valid('query') }), 200);
  })
  .openapi(outboxAttachmentRoute, (c) => {
    const { db, config } = c.get('deps');
    if (!config.devMailbox) throw new AppError('mailbox_disabled');
    const attachment = findOutboxAttachment({ db, ...c.req.valid('param') });
    return c.body(Buffer.from(attachment.content, 'base64'), 200, {
      'Content-Type': attachment.contentType,
      'Content-Disposition': contentDisposition('attachment', attachment.filename),
      'Cache-Control': 'private, no-store',
    });
  });
