import {
  eventFormats,
  eventLanguages,
  eventTargetGroups,
  eventTopics,
  isOnline,
  isOnSite,
} from '@itc/shared';
import { type ReactNode, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../../components/ui/checkbox-group-field';
import { Fieldset } from '../../../components/ui/fieldset';
import { Form } from '../../../components/ui/form';
import { RadioGroupField } from '../../../components/ui/radio-group-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useLocale } from '../../../lib/use-country-options';
import {
  createEventFormSchema,
  type EventFormOutput,
  type toEventFormValues,
} from '../utils/event-form-schema';
import { useCodeLabels } from '../utils/use-code-labels';

type EventFormProps = {
  defaultValues: ReturnType<typeof toEventFormValues>;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: (values: EventFormOutput) => Promise<unknown>;
  secondaryActions?: ReactNode;
};

/** Address and room on site, the join link online, both for hybrid events. */
function PlaceFields() {
  const { t } = useTranslation();
  const format = useWatch({ name: 'format' }) as (typeof eventFormats)[number] | undefined;
  if (!format) return null;
  return (
    <>
      {isOnSite(format) ? (
        <>
          <TextField
            name="location"
            label={t('events.form.location')}
            hint={t('events.form.locationHint')}
            maxLength={500}
          />
          <TextField name="room" label={t('events.form.room')} optional maxLength={200} />
        </>
      ) : null}
      {isOnline(format) ? (
        <TextField
          name="onlineUrl"
          type="url"
          label={t('events.form.onlineUrl')}
          hint={t('events.form.onlineUrlHint')}
          spellCheck={false}
          maxLength={2000}
        />
      ) : null}
    </>
  );
}

/** Create and edit an information event; times are German wall-clock time. */
export function EventForm({
  defaultValues,
  submitLabel,
  submittingLabel,
  onSubmit,
  secondaryActions,
}: EventFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const labels = useCodeLabels();
  const schema = useMemo(() => createEventFormSchema(locale), [locale]);
  return (
    <Form
      schema={schema}
      idPrefix="event"
      defaultValues={defaultValues}
      submitLabel={submitLabel}
      submittingLabel={submittingLabel}
      secondaryActions={secondaryActions}
      errorCodeFields={{ capacity_below_confirmed: 'capacity' }}
      onSubmit={(values) => onSubmit(values)}
    >
      <p className="kern-body">{t('form.allRequired')}</p>
      <Fieldset legend={t('events.form.textLegend')}>
        <TextField name="title" label={t('events.form.title')} maxLength={200} />
        <TextField name="titleEn" label={t('events.form.titleEn')} optional maxLength={200} />
        <TextareaField
          name="description"
          label={t('events.form.description')}
          rows={6}
          maxLength={10_000}
        />
        <TextareaField
          name="descriptionEn"
          label={t('events.form.descriptionEn')}
          hint={t('events.form.descriptionEnHint')}
          optional
          rows={6}
          maxLength={10_000}
        />
      </Fieldset>
      <Fieldset legend={t('events.form.topicLegend')}>
        <CheckboxGroupField
          name="topics"
          legend={t('events.form.topics')}
          hint={t('events.form.topicsHint')}
          options={eventTopics.map((topic) => ({ value: topic, label: labels.topic(topic) }))}
        />
        <SelectField
          name="targetGroup"
          label={t('events.form.targetGroup')}
          options={eventTargetGroups.map((group) => ({
            value: group,
            label: labels.targetGroup(group),
          }))}
        />
        <RadioGroupField
          name="language"
          legend={t('events.form.language')}
          horizontal
          options={eventLanguages.map((language) => ({
            value: language,
            label: labels.language(language),
          }))}
        />
      </Fieldset>
      <Fieldset legend={t('events.form.placeLegend')}>
        <RadioGroupField
          name="format"
          legend={t('events.form.format')}
          options={eventFormats.map((format) => ({ value: format, label: labels.format(format) }))}
        />
        <PlaceFields />
      </Fieldset>
      <Fieldset legend={t('events.form.timeLegend')} hint={t('events.form.timeHint')}>
        <TextField
          name="startsAt"
          type="datetime-local"
          label={t('events.form.startsAt')}
          width="medium"
        />
        <TextField
          name="endsAt"
          type="datetime-local"
          label={t('events.form.endsAt')}
          width="medium"
        />
        <TextField
          name="registrationDeadline"
          type="datetime-local"
          label={t('events.form.deadline')}
          hint={t('events.form.deadlineHint')}
          width="medium"
        />
      </Fieldset>
      <Fieldset legend={t('events.form.seatsLegend')}>
        <TextField
          name="capacity"
          label={t('events.form.capacity')}
          inputMode="numeric"
          width="narrow"
          maxLength={5}
        />
        <TextField
          name="seatLimitPerOrganization"
          label={t('events.form.seatLimit')}
          hint={t('events.form.seatLimitHint')}
          inputMode="numeric"
          width="narrow"
          maxLength={5}
          optional
        />
      </Fieldset>
    </Form>
  );
}
