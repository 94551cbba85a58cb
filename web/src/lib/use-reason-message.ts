import type { Reason, ReasonCode, ReasonParams } from '@itc/shared';
import { useCallback } from 'react';
import { lazyModule, useLazyModule } from './lazy-module';
import { useLocale } from './use-country-options';

// The wording of every reason in both languages is 4 KB compressed: pages load it after they
// render and show the stored wording meanwhile (the same for most readers).
const reasonWording = lazyModule(() => import('./reason-wording'));

/**
 * An assessment reason in the reader's language: worded anew from its code and parameters, so a
 * case assessed in German reads in English for an English reader. Results stored before the
 * parameters were kept show the stored wording.
 */
export function useReasonMessage(): (reason: Reason) => string {
  const locale = useLocale();
  const wording = useLazyModule(reasonWording);
  return useCallback(
    (reason: Reason) =>
      reason.params && wording
        ? wording.formatReasonMessage(
            reason.code,
            reason.params as ReasonParams<ReasonCode>,
            locale,
          )
        : reason.message,
    [locale, wording],
  );
}
