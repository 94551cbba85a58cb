import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { portalLink } from './links';

/** Turns a portal path into the absolute link an email carries. */
export type LinkTo = (path: string) => string;

/** Builds email links for the current request. */
export function linkToFor(c: Context<AppEnv>): LinkTo {
  const { config } = c.get('deps');
  return (path: string) => portalLink(config, c.req.url, path);
}
