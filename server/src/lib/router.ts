import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { problemResponse } from './problem';
import { requestLocale } from './request-locale';
import { describeFieldErrors, toFieldErrors } from './validation-errors';

/** Every feature router validates the same way: 400 problem with dotted field paths. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const prefix = result.target === 'json' ? '' : result.target;
        const errors = toFieldErrors(result.error, requestLocale(c), prefix);
        return problemResponse(c, 'validation_failed', {
          detail: describeFieldErrors(errors),
          errors,
        });
      }
    },
  });
}
