import type { z } from 'zod';

type Shape = Record<string, z.ZodType>;
type ParamValue = string | number | boolean | null | undefined;

/**
 * Reads the values a page keeps in its URL, each with its own schema (a piece of the shared
 * request schema): a value that does not pass is left out alone, so that one stale or edited
 * parameter never drops the others.
 */
export function readSearchParams<S extends Shape>(
  params: URLSearchParams,
  shape: S,
): { [K in keyof S]?: z.output<S[K]> } {
  const values: { [K in keyof S]?: z.output<S[K]> } = {};
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = shape[key]!.safeParse(raw);
    // Trimmed to nothing ("q=%20") is no filter either.
    if (parsed.success && parsed.data !== undefined && parsed.data !== '') {
      values[key] = parsed.data as z.output<S[typeof key]>;
    }
  }
  return values;
}

/** The values as URL parameters; empty ones are left out. */
export function toSearchParams(values: Record<string, ParamValue>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params[key] = String(value);
  }
  return params;
}
