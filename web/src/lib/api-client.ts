import { type ErrorCode, type Problem, problemSchema } from '@itc/shared';
import type { z } from 'zod';

/** Every endpoint lives below this path on the same origin as the SPA. */
export const apiBasePath = '/api';

/** The server answered with an error; `problem` is its RFC 9457 body (or one we made up). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from the Retry-After header, when the server sent one (429). */
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): ErrorCode {
    return this.problem.code;
  }
}

/** The request never reached the server or the answer never came back. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** The server answered 2xx, but not with what the shared contract promises. */
export class UnexpectedResponseError extends Error {
  readonly status: number;

  constructor(status: number, cause?: unknown) {
    super(`Unexpected response (status ${status})`, { cause });
    this.name = 'UnexpectedResponseError';
    this.status = status;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

type BaseOptions = {
  method?: Method;
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
};

/** Builds an absolute URL (relative ones fail outside the browser, e.g. under msw/node). */
export function buildApiUrl(path: string, query?: QueryParams): URL {
  const url = new URL(`${apiBasePath}${path}`, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(key, String(value));
    }
  }
  return url;
}

function statusToCode(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 429:
      return 'too_many_attempts';
    default:
      return status >= 400 && status < 500 ? 'validation_failed' : 'internal_error';
  }
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  return JSON.parse(text);
}

/** The problem of a failed response as an `ApiError` (one is made up when the body is none). */
export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data, retryAfter);
  return new ApiError(
    {
      type: 'about:blank',
      title: response.statusText || 'Error',
      status: response.status,
      code: statusToCode(response.status),
    },
    retryAfter,
  );
}

/** `fetch` on the API with the session cookie; a failure to connect becomes a `NetworkError`. */
export async function fetchApi(url: URL, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { ...init, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}

/**
 * A thin typed fetch layer: sends JSON, parses the answer with the shared zod schema and throws
 * an `ApiError` carrying the problem when the server says no.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  options: BaseOptions & { schema: S },
): Promise<z.output<S>>;
export async function apiRequest(path: string, options?: BaseOptions): Promise<void>;
export async function apiRequest(
  path: string,
  options: BaseOptions & { schema?: z.ZodType } = {},
): Promise<unknown> {
  const { method = 'GET', body, query, signal, schema } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetchApi(buildApiUrl(path, query), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw await toApiError(response);
  if (!schema) return undefined;

  let json: unknown;
  try {
    json = await readJson(response);
  } catch (error) {
    throw new UnexpectedResponseError(response.status, error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new UnexpectedResponseError(response.status, parsed.error);
  return parsed.data;
}
