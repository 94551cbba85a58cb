import { type CaseStatus, caseStatuses } from '@itc/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/select-field';
import type { CaseFilters as Filters } from '../api/keys';
import { useStageLabel } from './case-stage';

type CaseFiltersProps = {
  filters: Filters;
  /** City staff filter the queue; the employer side only sorts. */
  isCity: boolean;
  onChange: (filters: Filters) => void;
};

const sortOptions = ['submittedAt:desc', 'submittedAt:asc', 'dueAt:asc', 'dueAt:desc'] as const;
const sortLabels = {
  'submittedAt:desc': 'cases.list.sortSubmittedDesc',
  'submittedAt:asc': 'cases.list.sortSubmittedAsc',
  'dueAt:asc': 'cases.list.sortDueAsc',
  'dueAt:desc': 'cases.list.sortDueDesc',
} as const;

export function CaseFilters({ filters, isCity, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const [query, setQuery] = useState(filters.q ?? '');
  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: query.trim() || undefined });
  };
  const sortValue = `${filters.sort ?? 'submittedAt'}:${filters.order ?? 'desc'}`;

  return (
    <div className="app-filters">
      {isCity ? (
        <search className="app-search">
          <form onSubmit={search} className="app-search__form">
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="cases-search">
                {t('cases.list.search')}
              </label>
              <div className="kern-hint" id="cases-search-hint">
                {t('cases.list.searchHint')}
              </div>
              <input
                id="cases-search"
                type="search"
                className="kern-form-input__input"
                aria-describedby="cases-search-hint"
                value={query}
                maxLength={100}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <Button type="submit" variant="secondary" icon="search">
              {t('cases.list.searchButton')}
            </Button>
          </form>
        </search>
      ) : null}
      {isCity ? (
        <>
          <FilterSelect
            id="cases-filter-status"
            label={t('cases.list.filterStatus')}
            value={filters.status ?? ''}
            options={[
              { value: '', label: t('cases.list.allStatuses') },
              ...caseStatuses.map((status) => ({ value: status, label: stageLabel(status) })),
            ]}
            onChange={(value) =>
              onChange({ ...filters, status: (value || undefined) as CaseStatus | undefined })
            }
          />
          <FilterSelect
            id="cases-filter-assigned"
            label={t('cases.list.filterAssigned')}
            value={filters.assigned ?? ''}
            options={[
              { value: '', label: t('cases.list.assignedAll') },
              { value: 'me', label: t('cases.list.assignedMe') },
              { value: 'unassigned', label: t('cases.list.assignedUnassigned') },
            ]}
            onChange={(value) =>
              onChange({
                ...filters,
                assigned: value === 'me' || value === 'unassigned' ? value : undefined,
              })
            }
          />
          <div className="kern-form-check app-filter">
            <input
              id="cases-filter-overdue"
              type="checkbox"
              className="kern-form-check__checkbox"
              checked={filters.overdue === true}
              onChange={(event) =>
                onChange({ ...filters, overdue: event.target.checked ? true : undefined })
              }
            />
            <label className="kern-label" htmlFor="cases-filter-overdue">
              {t('cases.list.overdueOnly')}
            </label>
          </div>
        </>
      ) : null}
      <FilterSelect
        id="cases-sort"
        label={t('cases.list.sort')}
        value={sortValue}
        options={sortOptions.map((value) => ({ value, label: t(sortLabels[value]) }))}
        onChange={(value) => {
          const [sort, order] = value.split(':') as ['submittedAt' | 'dueAt', 'asc' | 'desc'];
          onChange({ ...filters, sort, order });
        }}
      />
    </div>
  );
}
