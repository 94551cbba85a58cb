/**
 * Calendar days as ISO strings (YYYY-MM-DD). They are handled as UTC dates, so adding days never
 * crosses a daylight-saving change or the server's own time zone.
 */
const msPerDay = 86_400_000;

function toUtcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addCalendarDays(day: string, days: number): string {
  return toDay(new Date(toUtcDate(day).getTime() + days * msPerDay));
}

/**
 * § 188(2), (3) BGB: a period of months ends on the day with the same number; when the last month
 * is too short for it (31 March + 2 months), on that month's last day.
 */
export function addCalendarMonths(day: string, months: number): string {
  const date = toUtcDate(day);
  const firstOfTarget = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastOfTarget = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(date.getUTCDate(), lastOfTarget));
  return toDay(firstOfTarget);
}

/** Whole days from `from` to `to`; negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / msPerDay);
}

export function isWeekend(day: string): boolean {
  const weekday = toUtcDate(day).getUTCDay();
  return weekday === 0 || weekday === 6;
}
