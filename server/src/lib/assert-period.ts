import type { Locale } from '@itc/shared';
import { invalidFields } from './validation-errors';

/**
 * A period of two optional German days ending before it starts selects nothing: a 400 that names
 * the end field (as the web's forms do), never a silently empty answer.
 */
export function assertPeriodInOrder(
  period: { from: string | undefined; to: string | undefined; toPath: string },
  locale: Locale,
): void {
  const { from, to, toPath } = period;
  if (from && to && to < from) {
    throw invalidFields([{ path: toPath, message: 'date_before_period_start' }], locale);
  }
}
