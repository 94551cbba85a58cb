import type { Handler } from 'hono';
import type { AppEnv } from '../app-env';
import { answerSpaRequest, loadSpaAssets } from './spa-assets';

/**
 * Serves the built SPA from `dist` (read once, now): its files precompressed where the build has
 * `.br`/`.gz` variants, index.html for client routes. Hono answers HEAD through this GET handler
 * and drops the body. Mount it after the API: /api/* has its own 404 there.
 */
export function serveSpa(dist: string): Handler<AppEnv> {
  const assets = loadSpaAssets(dist);
  return (c) => {
    const answer = answerSpaRequest(assets, {
      // Still percent-encoded: the rules decode it once and refuse what cannot name a file.
      path: new URL(c.req.url).pathname,
      acceptEncoding: c.req.header('accept-encoding'),
      ifNoneMatch: c.req.header('if-none-match'),
      ifModifiedSince: c.req.header('if-modified-since'),
    });
    return answer.body === null
      ? c.body(null, answer.status, answer.headers)
      : c.body(answer.body, answer.status, answer.headers);
  };
}
