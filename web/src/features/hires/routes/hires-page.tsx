import { hireStatusSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import type { HireFilters as Filters } from '../api/keys';
import { HireFilters } from '../components/hire-filters';
import type { EmployerOption } from '../components/hire-form';
import { HiresTable } from '../components/hires-table';

type HiresPageProps = {
  /** City staff browse read-only. */
  canCreate: boolean;
  /** Partners and city staff see hires of several employers. */
  showEmployer: boolean;
  /** Partners filter by the employers that mandated them. */
  employers?: EmployerOption[];
};

function readFilters(params: URLSearchParams): Filters {
  const status = hireStatusSchema.safeParse(params.get('status'));
  return {
    q: params.get('q') || undefined,
    status: status.success ? status.data : undefined,
    organizationId: params.get('organizationId') || undefined,
  };
}

/** The hires list; search and filters live in the URL (?q=…&status=…&organizationId=…). */
export function HiresPage({ canCreate, showEmployer, employers }: HiresPageProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const isFiltered = Boolean(filters.q || filters.status || filters.organizationId);

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('hires.list.title')}>
        {canCreate ? t('hires.list.intro') : t('hires.list.introReadOnly')}
      </PageHeading>
      {canCreate ? (
        <div>
          <ButtonLink to="/hires/new" icon="add">
            {t('hires.list.create')}
          </ButtonLink>
        </div>
      ) : null}
      <section className="kern-stack" aria-labelledby="hires-list-heading">
        <h2 className="kern-heading-medium" id="hires-list-heading">
          {t('hires.list.listHeading')}
        </h2>
        <HireFilters
          filters={filters}
          employers={employers}
          onChange={(next) => {
            const params: Record<string, string> = {};
            if (next.q) params.q = next.q;
            if (next.status) params.status = next.status;
            if (next.organizationId) params.organizationId = next.organizationId;
            setSearchParams(params);
          }}
        />
        <HiresTable filters={filters} showEmployer={showEmployer} isFiltered={isFiltered} />
      </section>
    </div>
  );
}
