import {
  type FieldError,
  isValidationMessageKey,
  type Locale,
  translateValidationMessage,
} from '@itc/shared';
import type { z } from 'zod';
import { AppError } from './app-error';

/** A field error in the caller's language, with the key of the shared table when it has one. */
export function fieldError(path: string, message: string, locale: Locale): FieldError {
  return {
    path,
    message: translateValidationMessage(message, locale),
    ...(isValidationMessageKey(message) ? { code: message } : {}),
  };
}

/** Turns zod issues into dotted field paths, one entry per unknown key. */
export function toFieldErrors(error: z.ZodError, locale: Locale, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => fieldError([...base, key].join('.'), 'unknown_field', locale));
    }
    return [fieldError(base.join('.'), issue.message, locale)];
  });
}

/** The problem's `detail`: every field error on one line. */
export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}

/** A 400 for checks beyond the request schema, worded like the schema's own errors. */
export function invalidFields(errors: FieldError[], locale: Locale): AppError {
  const translated = errors.map((e) => fieldError(e.path, e.message, locale));
  return new AppError('validation_failed', {
    detail: describeFieldErrors(translated),
    errors: translated,
  });
}
