import {
  type CaseDashboard,
  type CaseStatus,
  caseStatuses,
  isFinalCaseStatus,
  type OccupationField,
  todayInGermany,
} from '@itc/shared';
import { addCalendarDays } from '../../deadlines/calendar-days';
import { isoWeekOf } from '../../deadlines/iso-week';

/** Running counts over the period's cases: added to slice by slice, read out once at the end. */
export type DashboardTally = {
  byStatus: Map<CaseStatus, number>;
  /** Submissions per ISO week of the German calendar (`2026-W48`). */
  byWeek: Map<string, number>;
  /**
   * The week of each UTC hour (`2026-11-01T10`) seen so far: a German day is whole hours of UTC,
   * even across summer time, and the time-zone lookup is too slow to repeat for every case.
   */
  weekOfHour: Map<string, string>;
  byOccupationField: Map<OccupationField | null, number>;
  byNationality: Map<string, number>;
  overdue: number;
  /** Days each left stage lasted, in no particular order. */
  stageDays: Map<CaseStatus, number[]>;
};

export type TalliedCase = {
  status: CaseStatus;
  submittedAt: string;
  overdue: boolean;
  occupationField: OccupationField | null;
  nationality: string;
};

export function emptyTally(): DashboardTally {
  return {
    byStatus: new Map(),
    byWeek: new Map(),
    weekOfHour: new Map(),
    byOccupationField: new Map(),
    byNationality: new Map(),
    overdue: 0,
    stageDays: new Map(),
  };
}

function increment<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function weekOfSubmission(tally: DashboardTally, submittedAt: string): string {
  const hour = submittedAt.slice(0, 13);
  let week = tally.weekOfHour.get(hour);
  if (week === undefined) {
    week = isoWeekOf(todayInGermany(new Date(`${hour}:00:00Z`))).week;
    tally.weekOfHour.set(hour, week);
  }
  return week;
}

export function tallyCase(tally: DashboardTally, row: TalliedCase) {
  increment(tally.byStatus, row.status);
  increment(tally.byWeek, weekOfSubmission(tally, row.submittedAt));
  increment(tally.byOccupationField, row.occupationField);
  increment(tally.byNationality, row.nationality);
  if (row.overdue) tally.overdue += 1;
}

export function tallyStageDays(tally: DashboardTally, status: CaseStatus, days: number) {
  const list = tally.stageDays.get(status);
  if (list) list.push(days);
  else tally.stageDays.set(status, [days]);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, several times faster than with a comparator.
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** Most frequent first, ties by key with no value first: SQL's `ORDER BY count DESC, key`. */
function ranked<K extends string | null>(counts: Map<K, number>): { key: K; count: number }[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.key === b.key ? 0 : a.key === null ? -1 : b.key === null ? 1 : a.key < b.key ? -1 : 1),
    );
}

/** Every ISO week of the German calendar in the period, zero counts included. */
function casesPerWeek(byWeek: Map<string, number>, from: string, to: string) {
  const weeks = new Map<string, { week: string; weekStart: string; count: number }>();
  for (let day = from; day <= addCalendarDays(to, 6); day = addCalendarDays(day, 7)) {
    const week = isoWeekOf(day > to ? to : day);
    weeks.set(week.week, { ...week, count: byWeek.get(week.week) ?? 0 });
  }
  return [...weeks.values()];
}

/** The dashboard's figures from a complete tally of the period `from`–`to` (German days). */
export function dashboardFromTally(
  tally: DashboardTally,
  period: { from: string; to: string },
): CaseDashboard {
  const countsByStatus = caseStatuses.map((status) => ({
    status,
    count: tally.byStatus.get(status) ?? 0,
  }));
  return {
    period,
    total: countsByStatus.reduce((sum, entry) => sum + entry.count, 0),
    countsByStatus,
    casesPerWeek: casesPerWeek(tally.byWeek, period.from, period.to),
    medianDaysPerStage: caseStatuses
      .filter((status) => !isFinalCaseStatus(status))
      .map((status) => {
        const days = tally.stageDays.get(status) ?? [];
        return { status, medianDays: median(days), count: days.length };
      }),
    overdueCount: tally.overdue,
    byOccupationField: ranked(tally.byOccupationField).map(({ key, count }) => ({
      occupationField: key,
      count,
    })),
    byNationality: ranked(tally.byNationality).map(({ key, count }) => ({
      nationality: key,
      count,
    })),
  };
}
