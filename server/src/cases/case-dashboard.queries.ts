import { type Db, schema } from '@itc/db';
import {
  type CaseDashboard,
  type CaseDashboardQuery,
  type CaseStatus,
  caseStatuses,
  isFinalCaseStatus,
  type Locale,
} from '@itc/shared';
import { and, count, desc, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { addCalendarDays, addCalendarMonths } from '../deadlines/calendar-days';
import { isoWeekOf } from '../deadlines/iso-week';
import { startOfGermanDay, todayInGermany } from '../lib/german-date';
import { invalidFields } from '../lib/validation-errors';

const { cases } = schema;

type Reader = Pick<Db, 'select' | 'all'>;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** Submissions per ISO week of the German calendar, every week of the period listed. */
function casesPerWeek(db: Reader, inPeriod: SQL, from: string, to: string) {
  const weeks = new Map<string, { week: string; weekStart: string; count: number }>();
  for (let day = from; day <= addCalendarDays(to, 6); day = addCalendarDays(day, 7)) {
    const week = isoWeekOf(day > to ? to : day);
    weeks.set(week.week, { ...week, count: 0 });
  }
  // Counted per UTC hour in SQL, then placed on German days: exact across summer time.
  const hours = db
    .select({ hour: sql<string>`substr(${cases.submittedAt}, 1, 13)`, n: count() })
    .from(cases)
    .where(inPeriod)
    .groupBy(sql`1`)
    .all();
  for (const { hour, n } of hours) {
    const entry = weeks.get(isoWeekOf(todayInGermany(new Date(`${hour}:00:00Z`))).week);
    if (entry) entry.count += n;
  }
  return [...weeks.values()];
}

/** Days from entering each stage to leaving it, for the period's cases, from their events. */
function medianDaysPerStage(db: Reader, start: string, end: string) {
  const rows = db.all<{ status: CaseStatus; days: number | null }>(sql`
    SELECT e.to_status AS status,
      julianday(lead(e.created_at) OVER (PARTITION BY e.case_id ORDER BY e.id))
        - julianday(e.created_at) AS days
    FROM case_events e JOIN cases c ON c.id = e.case_id
    WHERE e.kind = 'status_changed' AND c.submitted_at >= ${start} AND c.submitted_at < ${end}
  `);
  const byStatus = new Map<CaseStatus, number[]>();
  for (const { status, days } of rows) {
    if (days === null) continue;
    const list = byStatus.get(status);
    if (list) list.push(days);
    else byStatus.set(status, [days]);
  }
  return caseStatuses
    .filter((status) => !isFinalCaseStatus(status))
    .map((status) => {
      const days = byStatus.get(status) ?? [];
      return { status, medianDays: median(days), count: days.length };
    });
}

/** `GET /cases/dashboard`: figures over the cases submitted in a period of German days. */
export function buildCaseDashboard(options: {
  db: Reader;
  now: Date;
  locale: Locale;
  query: CaseDashboardQuery;
}): CaseDashboard {
  const { db, now, locale, query } = options;
  const today = todayInGermany(now);
  const to = query.to ?? today;
  const from = query.from ?? addCalendarDays(addCalendarMonths(to, -12), 1);
  if (from > to) throw invalidFields([{ path: 'from', message: 'date_after_period_end' }], locale);
  const start = startOfGermanDay(from);
  const end = startOfGermanDay(addCalendarDays(to, 1));
  const inPeriod = and(gte(cases.submittedAt, start), lt(cases.submittedAt, end))!;

  const statusCounts = new Map(
    db
      .select({ status: cases.status, n: count() })
      .from(cases)
      .where(inPeriod)
      .groupBy(cases.status)
      .all()
      .map(({ status, n }) => [status, n]),
  );
  const countsByStatus = caseStatuses.map((status) => ({
    status,
    count: statusCounts.get(status) ?? 0,
  }));
  const [overdue] = db
    .select({ n: count() })
    .from(cases)
    .where(and(inPeriod, isNull(cases.closedAt), lt(cases.dueAt, today)))
    .all();
  return {
    period: { from, to },
    total: countsByStatus.reduce((sum, entry) => sum + entry.count, 0),
    countsByStatus,
    casesPerWeek: casesPerWeek(db, inPeriod, from, to),
    medianDaysPerStage: medianDaysPerStage(db, start, end),
    overdueCount: overdue?.n ?? 0,
    byOccupationField: db
      .select({ occupationField: cases.occupationField, count: count() })
      .from(cases)
      .where(inPeriod)
      .groupBy(cases.occupationField)
      .orderBy(desc(count()), cases.occupationField)
      .all(),
    byNationality: db
      .select({ nationality: cases.nationality, count: count() })
      .from(cases)
      .where(inPeriod)
      .groupBy(cases.nationality)
      .orderBy(desc(count()), cases.nationality)
      .all(),
  };
}
