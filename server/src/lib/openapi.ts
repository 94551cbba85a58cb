import { problemSchema } from '@itc/shared';
import type { z } from 'zod';

export const sessionSecurity = [{ sessionCookie: [] }];

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const problemContent = {
  content: { 'application/problem+json': { schema: problemSchema } },
} as const;

const problemDescriptions = {
  400: 'Invalid input (field paths in `errors`)',
  401: 'Not signed in',
  403: 'Not allowed for this role or organisation',
  404: 'Not found or not visible to the caller',
  409: 'Conflicts with the current state',
  429: 'Too many attempts (see Retry-After)',
} as const;

type ProblemStatus = keyof typeof problemDescriptions;

type ProblemResponse = { description: string } & typeof problemContent;

/** The problem responses a route can give, documented in the OpenAPI document. */
export function problems<S extends ProblemStatus>(...statuses: S[]) {
  const responses = {} as { [K in S]: ProblemResponse };
  for (const status of statuses) {
    responses[status] = { description: problemDescriptions[status], ...problemContent };
  }
  return responses;
}
