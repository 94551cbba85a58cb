import { type CaseDashboard, occupationFieldLabels } from '@itc/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { formatDate, formatNumber } from '../../../lib/format';
import { useCountryName, useLocale } from '../../../lib/use-country-options';
import { useCaseDashboard } from '../api/get-case-dashboard';
import { useStageLabel } from '../components/case-stage';

type Row = { key: string; label: string; count: number };

function CountTable({ caption, header, rows }: { caption: string; header: string; rows: Row[] }) {
  const { t } = useTranslation();
  const columns: Column<Row>[] = [
    { key: 'label', header, rowHeader: true, cell: (row) => row.label },
    { key: 'count', header: t('cases.dashboard.count'), cell: (row) => formatNumber(row.count) },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.key} />;
}

/** Cases per week as bars (hidden from screen readers) with the same figures as a table. */
function WeeklyChart({ weeks }: { weeks: CaseDashboard['casesPerWeek'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...weeks.map((week) => week.count));
  return (
    <section className="kern-stack" aria-labelledby="dashboard-weeks-heading">
      <h2 className="kern-heading-medium" id="dashboard-weeks-heading">
        {t('cases.dashboard.perWeek')}
      </h2>
      <div className="app-bars" aria-hidden="true">
        {weeks.map((week) => (
          <div className="app-bars__row" key={week.week}>
            <span className="app-bars__label">{week.week}</span>
            <span className="app-bars__track">
              <span className="app-bars__bar" style={{ width: `${(week.count / max) * 100}%` }} />
            </span>
            <span className="app-bars__value">{week.count}</span>
          </div>
        ))}
      </div>
      <CountTable
        caption={t('cases.dashboard.perWeek')}
        header={t('cases.dashboard.week')}
        rows={weeks.map((week) => ({
          key: week.week,
          label: `${week.week} (${formatDate(week.weekStart)})`,
          count: week.count,
        }))}
      />
    </section>
  );
}

/** City staff: figures on the cases submitted in a period. */
export function CaseDashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const stageLabel = useStageLabel();
  const [params, setParams] = useSearchParams();
  const query = { from: params.get('from') || undefined, to: params.get('to') || undefined };
  const [from, setFrom] = useState(query.from ?? '');
  const [to, setTo] = useState(query.to ?? '');
  const dashboard = useCaseDashboard(query);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (from) next.from = from;
    if (to) next.to = to;
    setParams(next);
  };

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
            overdue: data.overdueCount,
          })}
        </p>
        <CountTable
          caption={t('cases.dashboard.byStatus')}
          header={t('cases.fields.stage')}
          rows={data.countsByStatus.map((row) => ({
            key: row.status,
            label: stageLabel(row.status),
            count: row.count,
          }))}
        />
        <WeeklyChart weeks={data.casesPerWeek} />
        <CountTable
          caption={t('cases.dashboard.byOccupation')}
          header={t('cases.dashboard.occupation')}
          rows={data.byOccupationField.map((row) => ({
            key: row.occupationField ?? 'none',
            label: row.occupationField
              ? occupationFieldLabels[row.occupationField][locale]
              : t('cases.detail.notGiven'),
            count: row.count,
          }))}
        />
        <CountTable
          caption={t('cases.dashboard.byNationality')}
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
      <form className="app-filters" onSubmit={apply}>
        <div className="kern-form-input app-filter">
          <label className="kern-label" htmlFor="dashboard-from">
            {t('cases.dashboard.from')}
          </label>
          <input
            id="dashboard-from"
            type="date"
            className="kern-form-input__input"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="kern-form-input app-filter">
          <label className="kern-label" htmlFor="dashboard-to">
            {t('cases.dashboard.to')}
          </label>
          <input
            id="dashboard-to"
            type="date"
            className="kern-form-input__input"
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <div>
          <Button type="submit" variant="secondary">
            {t('cases.dashboard.apply')}
          </Button>
        </div>
      </form>
      {content}
    </div>
  );
}
