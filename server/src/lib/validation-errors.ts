import { type FieldError, type Locale, translateValidationMessage } from '@itc/shared';
import type { z } from 'zod';

/** Turns zod issues into dotted field paths, one entry per unknown key. */
export function toFieldErrors(error: z.ZodError, locale: Locale, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: locale === 'de' ? 'Unbekanntes Feld.' : 'Unknown field.',
      }));
    }
    return [{ path: base.join('.'), message: translateValidationMessage(issue.message, locale) }];
  });
}
