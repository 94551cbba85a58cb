import { caseQueueFilterSchema, caseStatusSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { PageHeading } from '../../../components/ui/page-heading';
import { readSearchParams, toSearchParams } from '../../../lib/search-params';
import type { CaseFilters as Filters } from '../api/keys';
import { CaseFilters, hasCaseFilters, submissionPeriodSchema } from '../components/case-filters';
import { CasesTable } from '../components/cases-table';
import { ExportCasesButton } from '../components/export-cases-button';

const { shape } = caseQueueFilterSchema;

/** The URL parameters, each checked by its piece of the shared filter schema. */
const filterParams = {
  q: shape.q,
  // The selects choose one stage and "me" or "unassigned".
  status: caseStatusSchema,
  assigned: z.enum(['me', 'unassigned']),
  // The checkbox narrows to overdue cases; it never asks for the cases on time.
  overdue: z.literal('true').transform(() => true),
  // The start page's links: the reviewer's open cases, and those due within the week.
  open: shape.open,
  dueSoon: shape.dueSoon,
  organizationId: shape.organizationId,
  nationality: shape.nationality,
  occupationField: shape.occupationField,
  submittedFrom: shape.submittedFrom,
  submittedTo: shape.submittedTo,
  sort: shape.sort,
  order: shape.order,
};

function readFilters(params: URLSearchParams, isCity: boolean): Filters {
  const { sort, order, submittedFrom, submittedTo, ...filters } = readSearchParams(
    params,
    filterParams,
  );
  if (!isCity) return { sort, order };
  // A reversed period (an edited link) would be refused; the list then ignores it.
  const period = submissionPeriodSchema.safeParse({ submittedFrom, submittedTo });
  return { ...filters, ...(period.success ? period.data : {}), sort, order };
}

/**
 * "My cases" for the employer side, the reviewer queue for city staff (same route). Filters live
 * in the URL.
 */
export function CasesPage({ isCity, showCompany }: { isCity: boolean; showCompany: boolean }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams, isCity);

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
          filters={filters}
          isCity={isCity}
          onChange={(next) => setSearchParams(toSearchParams(next))}
        />
        {isCity ? <ExportCasesButton filters={filters} /> : null}
        <CasesTable
          filters={filters}
          isCity={isCity}
          showCompany={showCompany}
          isFiltered={hasCaseFilters(filters)}
        />
      </section>
    </div>
  );
}
