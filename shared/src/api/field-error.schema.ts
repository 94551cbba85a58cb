import { z } from 'zod';

export const fieldErrorSchema = z.object({
  path: z.string(),
  /** In the caller's language. */
  message: z.string(),
  /**
   * The message's key in the shared validation table (e.g. `date_after_period_end`), when it has
   * one: a client can translate it itself, for instance after the user switched the language.
   */
  code: z.string().optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;
