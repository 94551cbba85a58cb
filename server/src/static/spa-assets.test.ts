import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { answerSpaRequest, loadSpaAssets, type SpaRequest } from './spa-assets';
import { builtAt, fixtureFiles, writeSpaDist } from './spa-dist-fixture';

const fixture = writeSpaDist({ precompressed: true });
// Variants left from an older build next to a file that has changed since: must not be sent.
fixture.write('assets/stale-0f0f0f.js', 'export const fresh = true;'.repeat(20));
fixture.write('assets/stale-0f0f0f.js.br', brotliCompressSync('export const old = true;'));
fixture.write('assets/stale-0f0f0f.js.gz', 'cut off');
fixture.write('.vite/manifest.json', '{"index.html":{"file":"assets/index-a1b2c3.js"}}');
const assets = loadSpaAssets(fixture.dist);
afterAll(fixture.remove);

const chromium = 'gzip, deflate, br, zstd';
const answer = (path: string, request: Omit<SpaRequest, 'path'> = {}) =>
  answerSpaRequest(assets, { path, acceptEncoding: chromium, ...request });
const text = (body: Uint8Array | null) => new TextDecoder().decode(body ?? new Uint8Array());

describe('serving the built SPA', () => {
  it('sends a script as brotli to Chromium, with its own type, length and Vary', () => {
    const script = answer('/assets/index-a1b2c3.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-encoding']).toBe('br');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers.vary).toBe('Accept-Encoding');
    expect(script.headers['content-length']).toBe(String(script.body?.length));
    expect(brotliDecompressSync(script.body ?? new Uint8Array()).toString()).toBe(
      fixtureFiles['assets/index-a1b2c3.js'],
    );
  });

  it('sends gzip or the plain file to clients that do not take brotli', () => {
    const gzip = answer('/assets/index-d4e5f6.css', { acceptEncoding: 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(gzip.body ?? new Uint8Array()).toString()).toBe(
      fixtureFiles['assets/index-d4e5f6.css'],
    );
    const plain = answer('/assets/index-d4e5f6.css', { acceptEncoding: undefined });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(text(plain.body)).toBe(fixtureFiles['assets/index-d4e5f6.css']);
  });

  it('gives each coding of a file its own strong ETag', () => {
    const tags = [chromium, 'gzip', 'identity'].map(
      (acceptEncoding) => answer('/index.html', { acceptEncoding }).headers.etag,
    );
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[\w-]+"$/);
  });

  it('never sends a precompressed file that is not the current file', () => {
    const script = answer('/assets/stale-0f0f0f.js');
    expect(script.headers['content-encoding']).toBeUndefined();
    expect(text(script.body)).toBe('export const fresh = true;'.repeat(20));
  });

  it('sends files without a compressed variant as they are, without Vary', () => {
    const font = answer('/assets/font-0a1b2c.woff2');
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers.vary).toBeUndefined();
  });

  it('lets the browser keep hashed assets for a year without asking again', () => {
    for (const path of ['/assets/index-a1b2c3.js', '/assets/font-0a1b2c.woff2']) {
      expect(answer(path).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('makes the browser revalidate the page every time, with ETag and Last-Modified', () => {
    for (const path of ['/', '/index.html', '/cases/42', '/login']) {
      const page = answer(path);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['last-modified']).toBe(builtAt.toUTCString());
      expect(page.headers.etag).toBeTruthy();
    }
  });

  it('keeps other top-level files briefly, with validators', () => {
    const robots = answer('/robots.txt');
    expect(robots.headers['cache-control']).toBe('public, max-age=3600');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.headers.etag).toBeTruthy();
    expect(robots.headers['last-modified']).toBe(builtAt.toUTCString());
  });

  it('answers a matching If-None-Match with 304 and no body, a changed one with the page', () => {
    const { etag } = answer('/login').headers;
    const revalidated = answer('/login', { ifNoneMatch: etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBeNull();
    expect(revalidated.headers).toMatchObject({ etag, 'cache-control': 'no-cache' });
    expect(revalidated.headers['content-length']).toBeUndefined();
    expect(answer('/login', { ifNoneMatch: `"old", W/${etag}` }).status).toBe(304);
    expect(answer('/login', { ifNoneMatch: '"old"' }).status).toBe(200);
    // The gzip variant has another tag: a brotli tag does not validate it.
    expect(answer('/login', { ifNoneMatch: etag, acceptEncoding: 'gzip' }).status).toBe(200);
  });

  it('answers If-Modified-Since when the browser sends no ETag', () => {
    expect(answer('/', { ifModifiedSince: builtAt.toUTCString() }).status).toBe(304);
    const before = new Date(builtAt.getTime() - 1000).toUTCString();
    expect(answer('/', { ifModifiedSince: before }).status).toBe(200);
    expect(answer('/', { ifModifiedSince: 'yesterday' }).status).toBe(200);
    expect(
      answer('/', { ifNoneMatch: '"old"', ifModifiedSince: builtAt.toUTCString() }).status,
    ).toBe(200);
  });

  it('answers a missing file with 404, not with the page a script cannot parse', () => {
    for (const path of [
      '/assets/index-0ld0ld.js',
      '/assets/',
      '/assets/chunk-without-extension',
      '/assets/index-a1b2c3.js.br',
      '/index.html.br',
      '/favicon.ico',
      '/.vite/manifest.json',
    ]) {
      const missing = answer(path);
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
  });

  it('sends index.html for client routes, so the SPA router shows them', () => {
    for (const path of [
      '/organization',
      '/cases/7f3a/documents',
      '/reset-password/x_y-Z',
      '/a%20b',
    ]) {
      const page = answer(path);
      expect(page.status).toBe(200);
      expect(brotliDecompressSync(page.body ?? new Uint8Array()).toString()).toBe(
        fixtureFiles['index.html'],
      );
    }
  });

  it('never reaches a file outside the build, however the path is spelled', () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/index.html%00.js',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const answered = answer(path, { acceptEncoding: undefined });
      expect(answered.status, path).toBe(404);
      expect(text(answered.body)).not.toContain('database password');
    }
  });
});
