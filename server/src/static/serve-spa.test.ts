import { createDb, migrateDb } from '@itc/db';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { defaultAppConfig } from '../config';
import { fixedClock } from '../lib/clock';
import { createMailDispatcher } from '../mail/mail-dispatcher';
import { testStart } from '../testing/test-app';
import { fixtureFiles, writeSpaDist } from './spa-dist-fixture';

/** The whole portal app over a build as `vite build` leaves it, before the precompress step. */
function createPortalServing(dist: string) {
  const db = createDb(':memory:');
  migrateDb(db);
  const clock = fixedClock(testStart);
  const logger = pino({ level: 'silent' });
  const mail = createMailDispatcher({ db, clock, logger, transport: null, from: 'test@example' });
  const app = createApp({ db, clock, logger, mail, config: defaultAppConfig, webDist: dist });
  return (path: string, init: RequestInit = {}) => app.request(`http://localhost${path}`, init);
}

const plainBuild = writeSpaDist({ precompressed: false });
const precompressedBuild = writeSpaDist({ precompressed: true });
const request = createPortalServing(plainBuild.dist);
const requestPrecompressed = createPortalServing(precompressedBuild.dist);
afterAll(() => {
  plainBuild.remove();
  precompressedBuild.remove();
});

const brotli = { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } };

describe('the portal serving its web app', () => {
  it('serves a build without precompressed files as it is', async () => {
    const script = await request('/assets/index-a1b2c3.js', brotli);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-encoding')).toBeNull();
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe(fixtureFiles['assets/index-a1b2c3.js']);
  });

  it('keeps the security headers on the page and on assets', async () => {
    for (const path of ['/login', '/assets/index-a1b2c3.js']) {
      const response = await requestPrecompressed(path, brotli);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-encoding')).toBe('br');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await requestPrecompressed('/assets/index-d4e5f6.css', brotli);
    const head = await requestPrecompressed('/assets/index-d4e5f6.css', {
      ...brotli,
      method: 'HEAD',
    });
    expect(head.status).toBe(200);
    for (const name of ['content-length', 'content-encoding', 'etag', 'cache-control']) {
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    }
    expect(await head.text()).toBe('');
  });

  it('revalidates the page with its ETag', async () => {
    const page = await requestPrecompressed('/cases', brotli);
    const etag = page.headers.get('etag') ?? '';
    const again = await requestPrecompressed('/cases', {
      headers: { ...brotli.headers, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('leaves unknown API paths to the API, as problem+json', async () => {
    const response = await request('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('serves nothing outside the build, however the URL is spelled', async () => {
    for (const path of [
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const response = await request(path);
      expect(await response.text(), path).not.toContain('database password');
    }
  });
});
