import type { Event } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { getLocale } from '../../../lib/i18n';
import { useCreateEvent } from '../api/create-event';
import { EventForm } from '../components/event-form';
import { toEventFormValues, toEventInput } from '../utils/event-form-schema';

export function NewEventPage({ onCreated }: { onCreated: (event: Event) => unknown }) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  return (
    <div className="kern-stack-lg app-narrow">
      <PageHeading title={t('events.form.newTitle')}>{t('events.form.newIntro')}</PageHeading>
      <EventForm
        defaultValues={toEventFormValues(undefined, getLocale())}
        submitLabel={t('events.form.create')}
        submittingLabel={t('events.form.creating')}
        secondaryActions={
          <ButtonLink to="/events" variant="secondary">
            {t('common.cancel')}
          </ButtonLink>
        }
        onSubmit={async (values) => {
          const created = await create.mutateAsync(toEventInput(values));
          await onCreated(created);
        }}
      />
    </div>
  );
}
