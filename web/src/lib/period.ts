import type { z } from 'zod';

/**
 * A period of two optional days, both inclusive: an end before the start is an error at the end
 * field (the shared message the server answers with), never a silently empty list.
 */
export function periodInOrder<
  F extends string,
  T extends string,
  S extends z.ZodType<Partial<Record<F | T, string>>>,
>(schema: S, from: F, to: T) {
  return schema.superRefine((values, ctx) => {
    const period: Partial<Record<F | T, string>> = values;
    const start = period[from];
    const end = period[to];
    if (start && end && end < start) {
      ctx.addIssue({ code: 'custom', path: [to], message: 'date_before_period_start' });
    }
  });
}
