import { clientIp } from '../lib/client-ip';
import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import {
  confirmPasswordResetRoute,
  getPasswordResetRoute,
  requestPasswordResetRoute,
} from './password-reset.routes';
import {
  confirmPasswordReset,
  getPasswordReset,
  requestPasswordReset,
} from './password-reset.service';

export const passwordResetRouter = createRouter()
  .openapi(requestPasswordResetRoute, (c) => {
    const { db, clock, config } = c.get('deps');
    requestPasswordReset({
      db,
      now: clock.now(),
      config,
      linkTo: linkToFor(c),
      email: c.req.valid('json').email,
      ip: clientIp(c),
    });
    return c.json({ status: 'accepted' as const }, 202);
  })
  .openapi(getPasswordResetRoute, (c) => {
    const { db, clock } = c.get('deps');
    return c.json(getPasswordReset(db, c.req.valid('param').token, clock.now()), 200);
  })
  .openapi(confirmPasswordResetRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { token, password } = c.req.valid('json');
    await confirmPasswordReset({
      db,
      now: clock.now(),
      linkTo: linkToFor(c),
      token,
      password,
      locale: requestLocale(c),
    });
    return c.body(null, 204);
  });
