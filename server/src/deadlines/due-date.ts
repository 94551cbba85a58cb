import type { DeadlineRule } from '@itc/shared';
import { addCalendarDays, addCalendarMonths } from './calendar-days';
import { addWorkingDays, onOrAfterWorkingDay } from './working-days';

/**
 * The day a period ends, counted from `anchor` (a German calendar day). As in § 187(1) BGB the
 * anchor day itself is not counted: a week from a Wednesday ends on the next Wednesday.
 */
export function computeDueDate(rule: DeadlineRule, anchor: string): string {
  const end = periodEnd(rule, anchor);
  return rule.endsOnWorkingDay ? onOrAfterWorkingDay(end) : end;
}

function periodEnd(rule: DeadlineRule, anchor: string): string {
  switch (rule.unit) {
    case 'calendar_days':
      return addCalendarDays(anchor, rule.amount);
    case 'business_days':
      return addWorkingDays(anchor, rule.amount);
    case 'weeks':
      return addCalendarDays(anchor, rule.amount * 7);
    case 'months':
      return addCalendarMonths(anchor, rule.amount);
    default: {
      const unreachable: never = rule.unit;
      return unreachable;
    }
  }
}
