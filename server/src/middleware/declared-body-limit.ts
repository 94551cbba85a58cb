import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

type BodyLimitOptions = { maxSize: number; onError: (c: Context) => Response | Promise<Response> };

/**
 * Hono's bodyLimit, except that a request declaring its Content-Length is judged by the header
 * alone and its body is left untouched. bodyLimit reads `c.req.raw.body` for every request, which
 * ties the Node request to a web stream that keeps pausing it; when the answer comes before the
 * body was read (401, 403, 404, too large), @hono/node-server's drain of the unread body then
 * stalls and it drops the keep-alive connection after 500 ms, so the client's next request on it
 * gets no answer.
 */
export function declaredBodyLimit({ maxSize, onError }: BodyLimitOptions): MiddlewareHandler {
  const streamed = bodyLimit({
    maxSize,
    // The rest of a streamed body stays unread: tell the client not to reuse the connection.
    onError: (c) => {
      c.header('Connection', 'close');
      return onError(c);
    },
  });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding')) return streamed(c, next);
    if (Number(declared) > maxSize) return onError(c);
    await next();
  };
}
