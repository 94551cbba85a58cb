import {
  type ErrorCode,
  errorCodeSchema,
  isValidationMessageKey,
  translateValidationMessage,
} from '@itc/shared';
import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from './api-client';
import { defaultLocale, isLocale, type Translation } from './i18n';

type WebFieldMessageKey = keyof Translation['fieldMessages'];

/** Messages of checks that only the web makes (e.g. "this is no number"). */
function isWebFieldMessage(i18n: I18n, value: string): value is WebFieldMessageKey {
  return i18n.exists(`fieldMessages.${value}`);
}

/** What the UI needs to explain an error: a translatable code and, for 429, the wait. */
export type ErrorDescriptor = {
  code: ErrorCode | 'network_error' | 'unexpected_error';
  retryAfterSeconds: number | null;
};

export function describeError(error: unknown): ErrorDescriptor {
  if (error instanceof ApiError) {
    return { code: error.code, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (error instanceof NetworkError) return { code: 'network_error', retryAfterSeconds: null };
  return { code: 'unexpected_error', retryAfterSeconds: null };
}

export function isErrorCode(value: string): value is ErrorCode {
  return errorCodeSchema.safeParse(value).success;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'unauthenticated';
}

/** Returns a function that turns any thrown error into one translated, plain-spoken sentence. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const { code, retryAfterSeconds } = describeError(error);
      if (code === 'too_many_attempts' && retryAfterSeconds !== null) {
        return t('errors.too_many_attempts_retry', {
          count: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
        });
      }
      return t(`errors.${code}`);
    },
    [t],
  );
}

/**
 * Field messages are stored untranslated: a key from the shared validation table or of the web's
 * own `fieldMessages`, an error code
 * (for problems mapped onto a field, e.g. `email_taken`) or zod's own text. They are translated
 * when shown, so switching the language re-translates them.
 */
export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return useCallback(
    (message: string | undefined) => {
      if (!message) return message;
      if (isValidationMessageKey(message)) return translateValidationMessage(message, locale);
      if (isWebFieldMessage(i18n, message)) return t(`fieldMessages.${message}`);
      if (isErrorCode(message)) return t(`errors.${message}`);
      return message;
    },
    [t, i18n, locale],
  );
}
