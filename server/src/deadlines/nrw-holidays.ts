import { todayInGermany } from '@itc/shared';
import { getHolidays } from 'feiertagejs';

const holidaysByYear = new Map<number, ReadonlySet<string>>();

/**
 * The public holidays of North Rhine-Westphalia in a year, from the maintained feiertagejs package.
 * Its `dateString` depends on the process's time zone, so the dates are read in German time.
 */
function nrwHolidays(year: number): ReadonlySet<string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(getHolidays(year, 'NW').map((holiday) => todayInGermany(holiday.date)));
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

export function isNrwHoliday(day: string): boolean {
  return nrwHolidays(Number(day.slice(0, 4))).has(day);
}
