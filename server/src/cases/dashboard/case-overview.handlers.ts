import { todayInGermany } from '@itc/shared';
import { createRouter } from '../../lib/router';
import { requireRole } from '../../middleware/auth';
import { countCaseOverview } from './case-overview.queries';
import { caseOverviewRoute } from './case-overview.routes';

/** Mounted before the cases router, whose `/cases/{id}` would take "overview" for an id. */
export const caseOverviewRouter = createRouter().openapi(caseOverviewRoute, (c) => {
  const { db, clock } = c.get('deps');
  const auth = requireRole(c, 'city_reviewer', 'city_admin');
  const overview = countCaseOverview(db, {
    userId: auth.user.id,
    today: todayInGermany(clock.now()),
  });
  return c.json(overview, 200);
});
