import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createTestApp } from '@itc/server/testing/test-app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Answer = { status: number; body: string; reusedSocket: boolean; connection?: string };

let server: ReturnType<typeof serve>;
let port: number;
// One connection, reused request after request, as a browser or a partner system keeps it.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function send(method: string, path: string, body?: string, chunked = false): Promise<Answer> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (body !== undefined) {
      if (chunked) headers['transfer-encoding'] = 'chunked';
      else headers['content-length'] = String(Buffer.byteLength(body));
    }
    const req = httpRequest({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          body: text,
          reusedSocket: req.reusedSocket,
          connection: res.headers.connection,
        }),
      );
    });
    req.on('error', fail);
    req.end(body);
  });
}

beforeAll(async () => {
  const { app } = await createTestApp();
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  agent.destroy();
  return new Promise<void>((done) => server.close(() => done()));
});

describe('keep-alive connections', () => {
  it('[OPS][HTTP] answers the next request on a connection whose last request body was never read', async () => {
    await send('GET', '/api/health');
    const unread = [
      // Refused before anything reads the body: not signed in, no such route, over the 1 MB limit.
      { path: '/api/prechecks', body: 'x'.repeat(200_000), status: 401 },
      { path: '/api/no-such-thing', body: 'x'.repeat(300_000), status: 404 },
      { path: '/api/prechecks', body: 'x'.repeat(2 * 1024 * 1024), status: 400 },
    ];
    for (let round = 0; round < 3; round++) {
      for (const { path, body, status } of unread) {
        expect((await send('POST', path, body)).status).toBe(status);
        const next = await send('GET', '/api/health');
        expect(next).toMatchObject({ status: 200, reusedSocket: true });
      }
    }
  });

  it('[OPS][HTTP] closes a connection whose streamed body is over the limit and says so', async () => {
    const refused = await send('POST', '/api/prechecks', 'x'.repeat(2 * 1024 * 1024), true);
    expect(refused).toMatchObject({ status: 400, connection: 'close' });
    expect(JSON.parse(refused.body).code).toBe('validation_failed');
    expect((await send('GET', '/api/health')).status).toBe(200);
  });
});
