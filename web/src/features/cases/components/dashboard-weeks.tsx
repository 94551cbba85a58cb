import type { CaseDashboard } from '@itc/shared';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { lazyComponent } from '../../../lib/lazy-component';
import { DashboardBreakdown } from './dashboard-breakdown';

// The charting code loads only once the figures are there, keeping it out of the first load.
const DashboardWeekChart = lazyComponent(
  () => import('./dashboard-week-chart'),
  'DashboardWeekChart',
);

/** "2026-W47" → "47". */
function weekNumber(week: string): string {
  return String(Number(week.slice(week.indexOf('W') + 1)));
}

/** Submissions per calendar week of the chosen period: columns, and the table behind them. */
export function DashboardWeeks({ weeks }: { weeks: CaseDashboard['casesPerWeek'] }) {
  const { t } = useTranslation();
  const title = t('cases.dashboard.perWeek');
  const first = weeks[0];
  const last = weeks.at(-1);
  const weekLabel = (week: (typeof weeks)[number]) =>
    t('cases.dashboard.weekLabel', { week: week.week, start: formatDate(week.weekStart) });
  const chart =
    first && last ? (
      <Suspense fallback={<div className="app-week-chart app-week-chart--loading" />}>
        <DashboardWeekChart
          title={title}
          description={t('cases.dashboard.chartDescription', {
            count: weeks.length,
            first: weekLabel(first),
            last: weekLabel(last),
            max: Math.max(...weeks.map((week) => week.count)),
          })}
          columns={weeks.map((week) => ({
            key: week.week,
            tick: t('cases.dashboard.weekShort', { number: weekNumber(week.week) }),
            count: week.count,
          }))}
        />
      </Suspense>
    ) : null;
  return (
    <DashboardBreakdown
      title={title}
      header={t('cases.dashboard.week')}
      chart={chart}
      rows={weeks.map((week) => ({ key: week.week, label: weekLabel(week), count: week.count }))}
    />
  );
}
