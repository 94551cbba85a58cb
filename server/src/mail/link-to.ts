import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { portalLink } from './links';

/** Builds email links for the current request. */
export function linkToFor(c: Context<AppEnv>) {
  const { config } = c.get('deps');
  return (path: string) => portalLink(config, c.req.url, path);
}
