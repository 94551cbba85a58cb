import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getMimeType } from 'hono/utils/mime';
import { type ContentCoding, chooseContentCoding } from './accept-encoding';

type Variant = { body: Uint8Array<ArrayBuffer>; etag: string };

type SpaAsset = {
  contentType: string;
  cacheControl: string;
  lastModified: string;
  original: Variant;
  /** The precompressed codings the build has for this file, in the order they are preferred. */
  compressed: (Variant & { coding: ContentCoding })[];
};

/** Every file of the built SPA by its URL path, read once when the server starts. */
export type SpaAssets = ReadonlyMap<string, SpaAsset>;

export type SpaRequest = {
  /** The URL path as sent, still percent-encoded. */
  path: string;
  acceptEncoding?: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
};

export type SpaResponse =
  | { status: 200 | 404; headers: Record<string, string>; body: Uint8Array<ArrayBuffer> }
  | { status: 304; headers: Record<string, string>; body: null };

// Brotli first: on the SPA's bundles it is about a fifth smaller than gzip.
const precompressed = [
  { coding: 'br', suffix: '.br', decode: brotliDecompressSync },
  { coding: 'gzip', suffix: '.gz', decode: gunzipSync },
] as const;

const cacheControl = {
  // Vite puts a content hash into every name under assets/: a new build means a new URL.
  hashed: 'public, max-age=31536000, immutable',
  // The page names the current bundles, so the browser asks every time (a 304 when unchanged).
  document: 'no-cache',
  // favicon, robots.txt and the like keep their names across releases.
  other: 'public, max-age=3600',
};

/**
 * Reads the whole dist folder into memory, with its `.br`/`.gz` siblings as variants. The build
 * is a few megabytes and does not change while the server runs, so each request is a map lookup:
 * no file system call, nothing to stat, and no path from a URL ever reaches the file system.
 * A variant that does not decode to its original (left from an older build, cut off) is not used:
 * checking costs a few milliseconds at start and rules out serving a page of another release.
 */
export function loadSpaAssets(dist: string): SpaAssets {
  const assets = new Map<string, SpaAsset>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || precompressed.some(({ suffix }) => entry.name.endsWith(suffix))) {
      continue;
    }
    const file = join(entry.parentPath, entry.name);
    const segments = relative(dist, file).split(sep);
    // Build metadata (vite's .vite/manifest.json) is for the size check, not for browsers.
    if (segments.some((segment) => segment.startsWith('.'))) continue;
    const path = `/${segments.join('/')}`;
    const original = readFileSync(file);
    const compressed: SpaAsset['compressed'] = [];
    for (const { coding, suffix, decode } of precompressed) {
      const body = readIfPresent(file + suffix);
      if (body && decodesTo(decode, body, original)) {
        compressed.push({ coding, body, etag: etagOf(body) });
      }
    }
    assets.set(path, {
      contentType: getMimeType(entry.name) ?? 'application/octet-stream',
      cacheControl: path.startsWith('/assets/')
        ? cacheControl.hashed
        : path === '/index.html'
          ? cacheControl.document
          : cacheControl.other,
      lastModified: statSync(file).mtime.toUTCString(),
      original: { body: original, etag: etagOf(original) },
      compressed,
    });
  }
  return assets;
}

/**
 * The answer to a GET of a path outside /api: the file when the build has it, index.html for the
 * SPA's own routes (its router shows them, a "not found" page included), and 404 for any other
 * file: a chunk of an older release must fail as a script rather than parse HTML, and the
 * browser's /favicon.ico gets no page either.
 */
export function answerSpaRequest(assets: SpaAssets, request: SpaRequest): SpaResponse {
  const path = decodePath(request.path);
  if (path === undefined) return notFound;
  const asset =
    assets.get(path === '/' ? '/index.html' : path) ??
    (isClientRoute(path) ? assets.get('/index.html') : undefined);
  if (!asset) return notFound;

  const coding = chooseContentCoding(
    request.acceptEncoding,
    asset.compressed.map((variant) => variant.coding),
  );
  const variant = asset.compressed.find((candidate) => candidate.coding === coding);
  const { body, etag } = variant ?? asset.original;
  const headers: Record<string, string> = {
    'cache-control': asset.cacheControl,
    etag,
    'last-modified': asset.lastModified,
  };
  if (asset.compressed.length > 0) headers.vary = 'Accept-Encoding';
  if (isNotModified(request, etag, asset.lastModified)) return { status: 304, headers, body: null };
  headers['content-type'] = asset.contentType;
  headers['content-length'] = String(body.length);
  if (variant) headers['content-encoding'] = variant.coding;
  return { status: 200, headers, body };
}

const notFound: SpaResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' },
  body: new TextEncoder().encode('Not found'),
};

/** The decoded path, or undefined for one that cannot name a file of the build. */
function decodePath(raw: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || /[\0\\]/.test(path) || path.split('/').includes('..')) {
    return undefined;
  }
  return path;
}

/** Route paths have no file extension (ids and tokens are UUIDs and base64url) and no assets/. */
function isClientRoute(path: string): boolean {
  return !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
}

/** If-None-Match wins over If-Modified-Since (RFC 9110 §13.1.3); tags compare weakly. */
function isNotModified(request: SpaRequest, etag: string, lastModified: string): boolean {
  if (request.ifNoneMatch !== undefined) {
    return request.ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === etag);
  }
  if (request.ifModifiedSince === undefined) return false;
  const since = Date.parse(request.ifModifiedSince);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

function decodesTo(decode: (body: Buffer) => Buffer, body: Buffer, original: Buffer) {
  try {
    return decode(body).equals(original);
  } catch {
    return false;
  }
}

function readIfPresent(file: string) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
