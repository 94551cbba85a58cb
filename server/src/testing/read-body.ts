import { listResponseSchema, type Problem, problemSchema } from '@itc/shared';
import { z } from 'zod';

type JsonResponse = { status: number; json(): Promise<unknown> };

/**
 * Reads a JSON body with the shared schema the web parses it with, so a test reads typed fields
 * and a missing or misnamed field fails here, readably, instead of comparing `undefined`.
 */
export async function readBody<S extends z.ZodType>(
  response: JsonResponse,
  schema: S,
): Promise<z.output<S>> {
  const body = await response.json();
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new Error(
    `The ${response.status} body does not match the schema:\n${z.prettifyError(parsed.error)}\n` +
      `Body: ${JSON.stringify(body, null, 2)}`,
  );
}

/** A page of a list endpoint: `{ items, nextCursor }` with each item parsed. */
export function readList<S extends z.ZodType>(response: JsonResponse, item: S) {
  return readBody(response, listResponseSchema(item));
}

/** An error answer, with `code` typed as an `ErrorCode`. */
export function readProblem(response: JsonResponse): Promise<Problem> {
  return readBody(response, problemSchema);
}
