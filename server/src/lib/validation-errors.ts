import { type FieldError, type Locale, translateValidationMessage } from '@itc/shared';
import type { z } from 'zod';
import { AppError } from './app-error';

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

/** The problem's `detail`: every field error on one line. */
export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}

/** A 400 for checks beyond the request schema, worded like the schema's own errors. */
export function invalidFields(errors: FieldError[], locale: Locale): AppError {
  const translated = errors.map((e) => ({
    path: e.path,
    message: translateValidationMessage(e.message, locale),
  }));
  return new AppError('validation_failed', {
    detail: describeFieldErrors(translated),
    errors: translated,
  });
}
