import { addCalendarDays, isWeekend } from './calendar-days';
import { isNrwHoliday } from './nrw-holidays';

/** Monday to Friday, and not a public holiday in NRW. */
export function isWorkingDay(day: string): boolean {
  return !isWeekend(day) && !isNrwHoliday(day);
}

/** The day itself when it is a working day, else the next one. */
export function onOrAfterWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addCalendarDays(current, 1);
  return current;
}

/** The `count`-th working day after `day` (the day itself is not counted). */
export function addWorkingDays(day: string, count: number): string {
  let current = day;
  for (let left = count; left > 0; left -= 1) {
    current = onOrAfterWorkingDay(addCalendarDays(current, 1));
  }
  return current;
}
