import { formatReasonMessage, type Reason, type ReasonCode, type ReasonParams } from '@itc/shared';
import { useCallback } from 'react';
import { useLocale } from './use-country-options';

/**
 * An assessment reason in the reader's language: worded anew from its code and parameters, so a
 * case assessed in German reads in English for an English reader. Results stored before the
 * parameters were kept show the stored wording.
 */
export function useReasonMessage(): (reason: Reason) => string {
  const locale = useLocale();
  return useCallback(
    (reason: Reason) =>
      reason.params
        ? formatReasonMessage(reason.code, reason.params as ReasonParams<ReasonCode>, locale)
        : reason.message,
    [locale],
  );
}
