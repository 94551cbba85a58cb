import type { Locale } from './locales';
import { formatReasonMessage, type ReasonParams } from './messages';
import type { Reason } from './precheck-assessment.schema';
import type { ReasonCode } from './reason-codes';

/** A reason before it is put into words, so the rules stay independent of the language. */
export type ReasonRef = { [C in ReasonCode]: { code: C; params: ReasonParams<C> } }[ReasonCode];

type ParamArgs<C extends ReasonCode> =
  Record<string, never> extends ReasonParams<C> ? [] : [params: ReasonParams<C>];

export function reason<C extends ReasonCode>(code: C, ...args: ParamArgs<C>): ReasonRef {
  const [params = {}] = args;
  return { code, params } as ReasonRef;
}

export function localizeReason(ref: ReasonRef, locale: Locale): Reason {
  return {
    code: ref.code,
    message: formatReasonMessage(ref.code, ref.params, locale),
    params: ref.params,
  };
}
