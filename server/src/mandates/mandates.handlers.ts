import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireAuth, requireRole } from '../middleware/auth';
import { listMandates } from './mandates.queries';
import {
  grantMandateRoute,
  listMandatesRoute,
  listPartnerOrganizationsRoute,
  revokeMandateRoute,
} from './mandates.routes';
import { grantMandate, revokeMandate } from './mandates.service';
import { listPartnerOrganizations } from './partner-organizations.queries';

export const mandatesRouter = createRouter()
  .openapi(listMandatesRoute, (c) => {
    const auth = requireAuth(c);
    return c.json(listMandates({ db: c.get('deps').db, auth, ...c.req.valid('query') }), 200);
  })
  .openapi(grantMandateRoute, (c) => {
    const { db, clock } = c.get('deps');
    const mandate = grantMandate({
      db,
      now: clock.now(),
      actor: requireRole(c, 'employer_hr'),
      linkTo: linkToFor(c),
      partnerOrganizationId: c.req.valid('json').partnerOrganizationId,
    });
    return c.json(mandate, 201);
  })
  .openapi(revokeMandateRoute, (c) => {
    const { db, clock } = c.get('deps');
    const mandate = revokeMandate({
      db,
      now: clock.now(),
      actor: requireRole(c, 'employer_hr'),
      linkTo: linkToFor(c),
      id: c.req.valid('param').id,
    });
    return c.json(mandate, 200);
  })
  .openapi(listPartnerOrganizationsRoute, (c) => {
    requireAuth(c);
    return c.json(listPartnerOrganizations({ db: c.get('deps').db, ...c.req.valid('query') }), 200);
  });
