import { eventFormats, eventLanguages, eventTopics } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/select-field';
import { useCodeLabels } from '../utils/use-code-labels';

/** The filter values as kept in the URL: codes and `YYYY-MM-DD` days. */
export type EventFilterValues = {
  topic: string;
  format: string;
  language: string;
  fromDay: string;
  toDay: string;
};

type EventFiltersProps = {
  values: EventFilterValues;
  /** The day range applies to the list; the month view shows its month. */
  showDays: boolean;
  onChange: (values: EventFilterValues) => void;
};

function DayInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="kern-form-input app-filter app-filter--date">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="kern-form-input__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Topic, format, language and a day range; every change applies at once. */
export function EventFilters({ values, showDays, onChange }: EventFiltersProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const isFiltered = Object.values(values).some(Boolean);
  return (
    <search className="app-filters" aria-label={t('events.list.filtersHeading')}>
      <FilterSelect
        id="events-filter-topic"
        label={t('events.list.topic')}
        value={values.topic}
        options={[
          { value: '', label: t('events.list.allTopics') },
          ...eventTopics.map((topic) => ({ value: topic, label: labels.topic(topic) })),
        ]}
        onChange={(topic) => onChange({ ...values, topic })}
      />
      <FilterSelect
        id="events-filter-format"
        label={t('events.list.format')}
        value={values.format}
        options={[
          { value: '', label: t('events.list.allFormats') },
          ...eventFormats.map((format) => ({ value: format, label: labels.format(format) })),
        ]}
        onChange={(format) => onChange({ ...values, format })}
      />
      <FilterSelect
        id="events-filter-language"
        label={t('events.list.language')}
        value={values.language}
        options={[
          { value: '', label: t('events.list.allLanguages') },
          ...eventLanguages.map((language) => ({
            value: language,
            label: labels.language(language),
          })),
        ]}
        onChange={(language) => onChange({ ...values, language })}
      />
      {showDays ? (
        <>
          <DayInput
            id="events-filter-from"
            label={t('events.list.from')}
            value={values.fromDay}
            onChange={(fromDay) => onChange({ ...values, fromDay })}
          />
          <DayInput
            id="events-filter-to"
            label={t('events.list.to')}
            value={values.toDay}
            onChange={(toDay) => onChange({ ...values, toDay })}
          />
        </>
      ) : null}
      {isFiltered ? (
        <div className="app-filters__reset">
          <Button
            variant="tertiary"
            icon="close"
            onClick={() =>
              onChange({ topic: '', format: '', language: '', fromDay: '', toDay: '' })
            }
          >
            {t('events.list.resetFilters')}
          </Button>
        </div>
      ) : null}
    </search>
  );
}
