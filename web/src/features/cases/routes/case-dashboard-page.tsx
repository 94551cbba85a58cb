import { caseDashboardQuerySchema, occupationFieldLabels } from '@itc/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { PeriodFilterForm } from '../../../components/ui/period-fields';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { useToday } from '../../../lib/clock';
import { textOrBlank } from '../../../lib/form-values';
import { formatDate } from '../../../lib/format';
import { periodInOrder } from '../../../lib/period';
import { toSearchParams } from '../../../lib/search-params';
import { useCountryName, useLocale } from '../../../lib/use-country-options';
import { useCaseDashboard } from '../api/get-case-dashboard';
import { useStageLabel } from '../components/case-stage';
import { DashboardBreakdown } from '../components/dashboard-breakdown';
import { DashboardStageDurations } from '../components/dashboard-stage-durations';
import { DashboardWeeks } from '../components/dashboard-weeks';

const { shape } = caseDashboardQuerySchema;

/** The dashboard's period: two optional days of the shared query, the end not before the start. */
function createDashboardPeriodSchema(today: string) {
  return periodInOrder(
    z.object({ from: textOrBlank(shape.from), to: textOrBlank(shape.to) }),
    'from',
    'to',
  ).superRefine(({ from, to }, ctx) => {
    // Without an end the period ends today, as the server counts it.
    if (from && !to && from > today) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'date_after_period_end' });
    }
  });
}

/** City staff: figures on the cases submitted in a period. */
export function CaseDashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const stageLabel = useStageLabel();
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const dashboardPeriodSchema = useMemo(() => createDashboardPeriodSchema(today), [today]);
  const period = dashboardPeriodSchema.safeParse({
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  // A hand-edited link with a reversed or malformed period shows the default period.
  const query = period.success ? period.data : {};
  const dashboard = useCaseDashboard(query);

  let content: React.ReactNode;
  if (dashboard.isPending) content = <Spinner />;
  else if (dashboard.isError)
    content = <QueryError error={dashboard.error} onRetry={() => dashboard.refetch()} />;
  else {
    const data = dashboard.data;
    content = (
      <>
        <p className="kern-body">
          {t('cases.dashboard.summary', {
            from: formatDate(data.period.from),
            to: formatDate(data.period.to),
            total: data.total,
          })}
        </p>
        <Alert
          variant={data.overdueCount > 0 ? 'warning' : 'success'}
          title={t('cases.dashboard.overdue', { count: data.overdueCount })}
          headingLevel={2}
        >
          {data.overdueCount > 0 ? (
            <p className="kern-body">
              <Link className="kern-link" to="/cases?overdue=true&sort=dueAt&order=asc">
                {t('cases.dashboard.overdueLink')}
              </Link>
            </p>
          ) : null}
        </Alert>
        <DashboardBreakdown
          title={t('cases.dashboard.byStatus')}
          header={t('cases.fields.stage')}
          rows={data.countsByStatus.map((row) => ({
            key: row.status,
            label: stageLabel(row.status),
            count: row.count,
          }))}
        />
        <DashboardWeeks weeks={data.casesPerWeek} />
        <DashboardStageDurations rows={data.medianDaysPerStage} />
        <DashboardBreakdown
          title={t('cases.dashboard.byOccupation')}
          header={t('cases.dashboard.occupation')}
          rows={data.byOccupationField.map((row) => ({
            key: row.occupationField ?? 'none',
            label: row.occupationField
              ? occupationFieldLabels[row.occupationField][locale]
              : t('cases.detail.notGiven'),
            count: row.count,
          }))}
        />
        <DashboardBreakdown
          title={t('cases.dashboard.byNationality')}
          header={t('cases.dashboard.nationality')}
          rows={data.byNationality.map((row) => ({
            key: row.nationality,
            label: countryName(row.nationality),
            count: row.count,
          }))}
        />
      </>
    );
  }

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('cases.dashboard.title')}>{t('cases.dashboard.intro')}</PageHeading>
      <PeriodFilterForm
        schema={dashboardPeriodSchema}
        values={{ from: query.from ?? '', to: query.to ?? '' }}
        onApply={(values) => setParams(toSearchParams(values))}
        legend={t('cases.dashboard.period')}
        submitLabel={t('cases.dashboard.apply')}
        idPrefix="dashboard-period"
        from={{
          name: 'from',
          label: t('cases.dashboard.from'),
          summaryLabel: t('cases.dashboard.from'),
        }}
        to={{ name: 'to', label: t('cases.dashboard.to'), summaryLabel: t('cases.dashboard.to') }}
      />
      {content}
    </div>
  );
}
