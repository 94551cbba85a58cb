import { evaluatePrecheck } from '@itc/shared';
import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { findPrecheckToView } from './precheck-access';
import { assemblePrecheck, listPrechecks } from './prechecks.queries';
import {
  createPrecheckRoute,
  evaluatePrecheckRoute,
  getPrecheckRoute,
  listPrechecksRoute,
  savePrecheckRoute,
  submitPrecheckRoute,
} from './prechecks.routes';
import { createPrecheck, savePrecheck } from './prechecks.service';
import { submitPrecheck } from './submit-precheck.service';

export const prechecksRouter = createRouter()
  .openapi(evaluatePrecheckRoute, (c) => {
    const { locale = requestLocale(c) } = c.req.valid('query');
    return c.json(evaluatePrecheck(c.req.valid('json'), { locale }), 200);
  })
  .openapi(createPrecheckRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { hireId } = c.req.valid('json');
    return c.json(createPrecheck({ db, now: clock.now(), auth: requireAuth(c), hireId }), 201);
  })
  .openapi(listPrechecksRoute, (c) => {
    const { db } = c.get('deps');
    return c.json(listPrechecks({ db, auth: requireAuth(c), ...c.req.valid('query') }), 200);
  })
  .openapi(getPrecheckRoute, (c) => {
    const { db } = c.get('deps');
    const record = findPrecheckToView(db, requireAuth(c), c.req.valid('param').id);
    return c.json(assemblePrecheck(db, record), 200);
  })
  .openapi(savePrecheckRoute, (c) => {
    const { db, clock } = c.get('deps');
    const precheck = savePrecheck({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      locale: requestLocale(c),
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(precheck, 200);
  })
  .openapi(submitPrecheckRoute, (c) => {
    const { db, clock } = c.get('deps');
    const submitted = submitPrecheck({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      locale: requestLocale(c),
      id: c.req.valid('param').id,
      version: c.req.valid('json').version,
    });
    return c.json(submitted, 201);
  });
