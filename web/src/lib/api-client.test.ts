import { organizationSchema } from '@itc/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { verifiedEmployer } from '../testing/fixtures';
import { problem } from '../testing/mock-api';
import { server } from '../testing/server';
import { ApiError, apiRequest, NetworkError, UnexpectedResponseError } from './api-client';

describe('apiRequest', () => {
  it('parses the answer with the shared schema and sends query parameters', async () => {
    let seenUrl = '';
    server.use(
      http.get('/api/organizations/:id', ({ request }) => {
        seenUrl = request.url;
        return HttpResponse.json(verifiedEmployer);
      }),
    );
    const result = await apiRequest('/organizations/org-rhein-stahl', {
      schema: organizationSchema,
      query: { limit: 20, cursor: undefined, type: '' },
    });
    expect(result).toEqual(verifiedEmployer);
    expect(new URL(seenUrl).search).toBe('?limit=20');
  });

  it('sends JSON bodies and accepts 204 without a schema', async () => {
    let body: unknown;
    let contentType: string | null = null;
    server.use(
      http.post('/api/auth/logout', async ({ request }) => {
        contentType = request.headers.get('content-type');
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await expect(apiRequest('/auth/logout', { method: 'POST', body: { a: 1 } })).resolves.toBe(
      undefined,
    );
    expect(body).toEqual({ a: 1 });
    expect(contentType).toBe('application/json');
  });

  it('throws an ApiError that carries the problem and Retry-After', async () => {
    server.use(
      http.post('/api/auth/login', () =>
        problem(429, 'too_many_attempts', { headers: { 'Retry-After': '90' } }),
      ),
    );
    const error = await apiRequest('/auth/login', { method: 'POST', body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.code).toBe('too_many_attempts');
    expect(error.retryAfterSeconds).toBe(90);
  });

  it('turns a non-problem error answer into a problem by its status', async () => {
    server.use(http.get('/api/health', () => new HttpResponse('Bad Gateway', { status: 502 })));
    const error = await apiRequest('/health').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('internal_error');
  });

  it('rejects answers that do not match the contract', async () => {
    server.use(http.get('/api/organizations/:id', () => HttpResponse.json({ id: 1 })));
    await expect(
      apiRequest('/organizations/x', { schema: organizationSchema }),
    ).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('reports network failures as NetworkError', async () => {
    server.use(http.get('/api/health', () => HttpResponse.error()));
    await expect(apiRequest('/health')).rejects.toBeInstanceOf(NetworkError);
  });
});
