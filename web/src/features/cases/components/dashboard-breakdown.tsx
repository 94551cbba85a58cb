import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/ui/table';
import { formatNumber } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

export type BreakdownRow = { key: string; label: string; count: number };

/**
 * One figure of the dashboard: a chart to see it at a glance and, one click away so the page
 * stays short, a table with the same numbers. Without a `chart` of its own, simple bars (hidden
 * from screen readers) are the chart.
 */
export function DashboardBreakdown({
  title,
  header,
  rows,
  chart,
}: {
  title: string;
  header: string;
  rows: BreakdownRow[];
  chart?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const max = Math.max(1, ...rows.map((row) => row.count));
  const columns: Column<BreakdownRow>[] = [
    { key: 'label', header, rowHeader: true, cell: (row) => row.label },
    {
      key: 'count',
      header: t('cases.dashboard.count'),
      numeric: true,
      cell: (row) => formatNumber(row.count, locale),
    },
  ];
  return (
    <section className="kern-stack" aria-labelledby={headingId}>
      <h2 className="kern-heading-medium" id={headingId}>
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="kern-body">{t('cases.dashboard.none')}</p>
      ) : (
        <>
          {chart ?? (
            <div className="app-bars" aria-hidden="true">
              {rows.map((row) => (
                <div className="app-bars__row" key={row.key}>
                  <span className="app-bars__label">{row.label}</span>
                  <span className="app-bars__track">
                    <span
                      className="app-bars__bar"
                      style={{ width: `${(row.count / max) * 100}%` }}
                    />
                  </span>
                  <span className="app-bars__value">{formatNumber(row.count, locale)}</span>
                </div>
              ))}
            </div>
          )}
          <details className="app-details">
            <summary>{t('cases.dashboard.showTable')}</summary>
            <DataTable
              caption={title}
              captionHidden
              columns={columns}
              rows={rows}
              rowKey={(row) => row.key}
            />
          </details>
        </>
      )}
    </section>
  );
}
