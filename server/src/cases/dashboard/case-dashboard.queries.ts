import type { Db } from '@itc/db';
import type { CaseDashboard, CaseDashboardQuery, Locale } from '@itc/shared';
import { startOfGermanDay, todayInGermany } from '@itc/shared';
import { addCalendarDays, addCalendarMonths } from '../../deadlines/calendar-days';
import { invalidFields } from '../../lib/validation-errors';
import { tallyPeriodInSlices } from './case-dashboard-slices.queries';
import { dashboardFromTally } from './case-dashboard-tally.service';

/**
 * `GET /cases/dashboard`: figures over the cases submitted in a period of German days, read in
 * slices that yield (see `tallyPeriodInSlices`); `sliceSize` is for tests.
 */
export async function buildCaseDashboard(options: {
  db: Pick<Db, '$client'>;
  now: Date;
  locale: Locale;
  query: CaseDashboardQuery;
  sliceSize?: number;
}): Promise<CaseDashboard> {
  const { db, now, locale, query, sliceSize } = options;
  const today = todayInGermany(now);
  const to = query.to ?? today;
  const from = query.from ?? addCalendarDays(addCalendarMonths(to, -12), 1);
  if (from > to) throw invalidFields([{ path: 'from', message: 'date_after_period_end' }], locale);
  const tally = await tallyPeriodInSlices({
    db,
    start: startOfGermanDay(from),
    end: startOfGermanDay(addCalendarDays(to, 1)),
    today,
    sliceSize,
  });
  return dashboardFromTally(tally, { from, to });
}
