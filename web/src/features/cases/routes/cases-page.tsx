import { caseStatusSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { casesExportUrl } from '../api/get-cases';
import type { CaseFilters as Filters } from '../api/keys';
import { CaseFilters } from '../components/case-filters';
import { CasesTable } from '../components/cases-table';

function readFilters(params: URLSearchParams, isCity: boolean): Filters {
  const status = caseStatusSchema.safeParse(params.get('status'));
  const assigned = params.get('assigned');
  const sort = params.get('sort');
  const order = params.get('order');
  return {
    q: (isCity && params.get('q')) || undefined,
    status: isCity && status.success ? status.data : undefined,
    assigned: isCity && (assigned === 'me' || assigned === 'unassigned') ? assigned : undefined,
    overdue: isCity && params.get('overdue') === 'true' ? true : undefined,
    sort: sort === 'dueAt' || sort === 'submittedAt' ? sort : undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
  };
}

/**
 * "My cases" for the employer side, the reviewer queue for city staff (same route). Filters live
 * in the URL.
 */
export function CasesPage({ isCity }: { isCity: boolean }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams, isCity);
  const isFiltered = Boolean(filters.q || filters.status || filters.assigned || filters.overdue);

  return (
    <div className="kern-stack-lg">
      <PageHeading title={isCity ? t('cases.list.queueTitle') : t('cases.list.title')}>
        {isCity ? t('cases.list.queueIntro') : t('cases.list.intro')}
      </PageHeading>
      <section className="kern-stack" aria-labelledby="cases-list-heading">
        <h2 className="kern-heading-medium" id="cases-list-heading">
          {t('cases.list.listHeading')}
        </h2>
        <CaseFilters
          key={filters.q ?? ''}
          filters={filters}
          isCity={isCity}
          onChange={(next) => {
            const params: Record<string, string> = {};
            for (const [key, value] of Object.entries(next)) {
              if (value !== undefined && value !== '') params[key] = String(value);
            }
            setSearchParams(params);
          }}
        />
        {isCity ? (
          <p>
            <a className="kern-link" href={casesExportUrl(filters)} download>
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              {t('cases.list.export')}
            </a>
          </p>
        ) : null}
        <CasesTable filters={filters} isCity={isCity} isFiltered={isFiltered} />
      </section>
    </div>
  );
}
