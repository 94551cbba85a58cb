import type { CaseDashboard } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/ui/table';
import { formatNumber } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useStageLabel } from './case-stage';

type Row = CaseDashboard['medianDaysPerStage'][number];

/** How long cases stay in each stage: the median over the stages already left. */
export function DashboardStageDurations({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stageLabel = useStageLabel();
  const columns: Column<Row>[] = [
    {
      key: 'stage',
      header: t('cases.fields.stage'),
      rowHeader: true,
      cell: (row) => stageLabel(row.status),
    },
    {
      key: 'median',
      header: t('cases.dashboard.medianDays'),
      numeric: true,
      cell: (row) =>
        row.medianDays === null
          ? t('cases.dashboard.noMedian')
          : t('cases.dashboard.days', {
              count: row.medianDays,
              formatted: formatNumber(row.medianDays, locale),
            }),
    },
    {
      key: 'count',
      header: t('cases.dashboard.stagesLeft'),
      numeric: true,
      cell: (row) => formatNumber(row.count, locale),
    },
  ];
  return (
    <section className="kern-stack" aria-labelledby="dashboard-durations-heading">
      <h2 className="kern-heading-medium" id="dashboard-durations-heading">
        {t('cases.dashboard.durations')}
      </h2>
      <p className="kern-body">{t('cases.dashboard.durationsIntro')}</p>
      <DataTable
        caption={t('cases.dashboard.durations')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.status}
      />
    </section>
  );
}
