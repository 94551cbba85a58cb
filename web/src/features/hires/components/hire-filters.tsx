import { type HireStatus, hireStatuses } from '@itc/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
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
  const [query, setQuery] = useState(filters.q ?? '');

  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: query.trim() || undefined });
  };

  return (
    <div className="app-filters">
      <search className="app-search">
        <form onSubmit={search} className="app-search__form">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="hires-search">
              {t('hires.list.search')}
            </label>
            <div className="kern-hint" id="hires-search-hint">
              {t('hires.list.searchHint')}
            </div>
            <input
              id="hires-search"
              type="search"
              className="kern-form-input__input"
              aria-describedby="hires-search-hint"
              value={query}
              maxLength={100}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <Button type="submit" variant="secondary" icon="search">
            {t('hires.list.searchButton')}
          </Button>
        </form>
      </search>
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
