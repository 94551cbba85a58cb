import { type HireStatus, hireStatuses } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../../components/ui/search-box';
import { FilterSelect } from '../../../components/ui/select-field';
import type { HireFilters as Filters } from '../api/keys';
import type { EmployerOption } from './hire-form';

type HireFiltersProps = {
  filters: Filters;
  employers?: EmployerOption[];
  onChange: (filters: Filters) => void;
};

/** Name search (sent on "Suchen") and filters by status and, for partners, employer. */
export function HireFilters({ filters, employers, onChange }: HireFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="app-filters">
      <SearchBox
        id="hires-search"
        label={t('hires.list.search')}
        hint={t('hires.list.searchHint')}
        buttonLabel={t('hires.list.searchButton')}
        value={filters.q}
        onSearch={(q) => onChange({ ...filters, q })}
      />
      <FilterSelect
        id="hires-filter-status"
        label={t('hires.list.filterStatus')}
        value={filters.status ?? ''}
        options={[
          { value: '', label: t('hires.list.allStatuses') },
          ...hireStatuses.map((status) => ({ value: status, label: t(`hires.status.${status}`) })),
        ]}
        onChange={(value) =>
          onChange({ ...filters, status: (value || undefined) as HireStatus | undefined })
        }
      />
      {employers && employers.length > 0 ? (
        <FilterSelect
          id="hires-filter-employer"
          label={t('hires.list.filterEmployer')}
          value={filters.organizationId ?? ''}
          options={[
            { value: '', label: t('hires.list.allEmployers') },
            ...employers.map((employer) => ({ value: employer.id, label: employer.name })),
          ]}
          onChange={(value) => onChange({ ...filters, organizationId: value || undefined })}
        />
      ) : null}
    </div>
  );
}
