import { addCalendarDays, daysBetween } from './calendar-days';

/** ISO 8601 week of a calendar day: `2026-W48`, and the Monday it starts on. */
export function isoWeekOf(day: string): { week: string; weekStart: string } {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekStart = addCalendarDays(day, -weekday);
  // The week belongs to the year its Thursday falls in.
  const thursday = addCalendarDays(weekStart, 3);
  const year = thursday.slice(0, 4);
  const number = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { week: `${year}-W${String(number).padStart(2, '0')}`, weekStart };
}
