import {
  type CaseEmployer,
  type CaseStatus,
  caseQueueFilterSchema,
  caseStatuses,
  dueSoonDays,
  type OccupationField,
  occupationFieldLabels,
  occupationFields,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/ui/button';
import { PeriodFilterForm } from '../../../components/ui/period-fields';
import { SearchBox } from '../../../components/ui/search-box';
import { FilterSelect } from '../../../components/ui/select-field';
import { textOrBlank } from '../../../lib/form-values';
import { periodInOrder } from '../../../lib/period';
import { useCountryOptions, useLocale } from '../../../lib/use-country-options';
import { useCaseEmployers } from '../api/get-case-employers';
import type { CaseFilters as Filters } from '../api/keys';
import { useStageLabel } from './case-stage';

const { shape } = caseQueueFilterSchema;

/** "Eingereicht zwischen": two optional days of the shared filter, the end not before the start. */
export const submissionPeriodSchema = periodInOrder(
  z.object({
    submittedFrom: textOrBlank(shape.submittedFrom),
    submittedTo: textOrBlank(shape.submittedTo),
  }),
  'submittedFrom',
  'submittedTo',
);

/** Whether anything narrows the list (sorting does not). */
export function hasCaseFilters({ sort: _sort, order: _order, ...filters }: Filters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

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

type FilterPartProps = { filters: Filters; onChange: (filters: Filters) => void };

function SubmissionPeriod({ filters, onChange }: FilterPartProps) {
  const { t } = useTranslation();
  return (
    <PeriodFilterForm
      schema={submissionPeriodSchema}
      values={{
        submittedFrom: filters.submittedFrom ?? '',
        submittedTo: filters.submittedTo ?? '',
      }}
      onApply={(period) => onChange({ ...filters, ...period })}
      legend={t('cases.list.submittedPeriod')}
      submitLabel={t('cases.list.applyPeriod')}
      idPrefix="cases-period"
      from={{
        name: 'submittedFrom',
        label: t('cases.list.periodFrom'),
        summaryLabel: t('cases.list.submittedFrom'),
      }}
      to={{
        name: 'submittedTo',
        label: t('cases.list.periodTo'),
        summaryLabel: t('cases.list.submittedTo'),
      }}
    />
  );
}

/**
 * The employers to choose from. A filter from a link stays visible while the list loads or if
 * it could not be loaded, so the select never claims "all" while the queue is narrowed.
 */
function employerOptions(
  employers: readonly CaseEmployer[] | undefined,
  chosenId: string | undefined,
  chosenLabel: string,
) {
  const options = (employers ?? []).map(({ id, name }) => ({ value: id, label: name }));
  if (chosenId && !options.some((option) => option.value === chosenId)) {
    options.push({ value: chosenId, label: chosenLabel });
  }
  return options;
}

/** A filter that narrows the queue while checked; unchecked, it is no filter at all. */
function FilterCheckbox(props: {
  id: string;
  label: string;
  checked: boolean;
  onToggle: (checked: true | undefined) => void;
}) {
  return (
    <div className="kern-form-check app-filter app-filter--check">
      <input
        id={props.id}
        type="checkbox"
        className="kern-form-check__checkbox"
        checked={props.checked}
        onChange={(event) => props.onToggle(event.target.checked || undefined)}
      />
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
    </div>
  );
}

/** The queue's filters for city staff; every select applies at once. */
function QueueFilters({ filters, onChange }: FilterPartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stageLabel = useStageLabel();
  const countries = useCountryOptions();
  const employers = useCaseEmployers();
  return (
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
      <FilterSelect
        id="cases-filter-employer"
        label={t('cases.list.filterEmployer')}
        value={filters.organizationId ?? ''}
        options={[
          {
            value: '',
            label: employers.isError
              ? t('cases.list.employersUnavailable')
              : t('cases.list.allEmployers'),
          },
          ...employerOptions(
            employers.data,
            filters.organizationId,
            t('cases.list.chosenEmployer'),
          ),
        ]}
        onChange={(value) => onChange({ ...filters, organizationId: value || undefined })}
      />
      <FilterSelect
        id="cases-filter-nationality"
        label={t('cases.list.filterNationality')}
        value={filters.nationality ?? ''}
        options={[{ value: '', label: t('cases.list.allNationalities') }, ...countries]}
        onChange={(value) => onChange({ ...filters, nationality: value || undefined })}
      />
      <FilterSelect
        id="cases-filter-occupation"
        label={t('cases.list.filterOccupation')}
        value={filters.occupationField ?? ''}
        options={[
          { value: '', label: t('cases.list.allOccupations') },
          ...occupationFields.map((field) => ({
            value: field,
            label: occupationFieldLabels[field][locale],
          })),
        ]}
        onChange={(value) =>
          onChange({
            ...filters,
            occupationField: (value || undefined) as OccupationField | undefined,
          })
        }
      />
      <FilterCheckbox
        id="cases-filter-overdue"
        label={t('cases.list.overdueOnly')}
        checked={filters.overdue === true}
        onToggle={(checked) => onChange({ ...filters, overdue: checked })}
      />
      <FilterCheckbox
        id="cases-filter-due-soon"
        label={t('cases.list.dueSoonOnly', { count: dueSoonDays })}
        checked={filters.dueSoon === true}
        onToggle={(checked) => onChange({ ...filters, dueSoon: checked })}
      />
      <FilterCheckbox
        id="cases-filter-open"
        label={t('cases.list.openOnly')}
        checked={filters.open === true}
        onToggle={(checked) => onChange({ ...filters, open: checked })}
      />
    </>
  );
}

export function CaseFilters({ filters, isCity, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const sortValue = `${filters.sort ?? 'submittedAt'}:${filters.order ?? 'desc'}`;

  return (
    <div className="kern-stack">
      {isCity ? (
        <SearchBox
          id="cases-search"
          label={t('cases.list.search')}
          hint={t('cases.list.searchHint')}
          buttonLabel={t('cases.list.searchButton')}
          value={filters.q}
          onSearch={(q) => onChange({ ...filters, q })}
        />
      ) : null}
      <div className="app-filters">
        {isCity ? <QueueFilters filters={filters} onChange={onChange} /> : null}
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
      {isCity ? <SubmissionPeriod filters={filters} onChange={onChange} /> : null}
      {isCity && hasCaseFilters(filters) ? (
        <div>
          <Button
            variant="tertiary"
            icon="close"
            onClick={() => {
              onChange({ sort: filters.sort, order: filters.order });
              // The button goes with the filters it cleared; focus stays in the filters.
              document.getElementById('cases-search')?.focus();
            }}
          >
            {t('cases.list.resetFilters')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
