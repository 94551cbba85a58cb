import { type Event, hasEventStarted } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { useClock } from '../../../lib/clock';
import { getLocale } from '../../../lib/i18n';
import { useEvent } from '../api/get-event';
import { useUpdateEvent } from '../api/update-event';
import { EventForm } from '../components/event-form';
import { toEventFormValues, toEventInput } from '../utils/event-form-schema';

type EditEventPageProps = { eventId: string; onSaved: (event: Event) => unknown };

export function EditEventPage({ eventId, onSaved }: EditEventPageProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const event = useEvent(eventId);
  const update = useUpdateEvent();

  if (event.isPending) return <Spinner />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => event.refetch()} />;
  const current = event.data;
  const backTo = `/events/${current.id}`;
  const isEditable =
    current.viewer.isOrganizer &&
    current.status !== 'cancelled' &&
    !hasEventStarted(current, clock.now());

  return (
    <div className="kern-stack-lg app-narrow">
      <TextLink to={backTo}>{t('events.participants.backToEvent')}</TextLink>
      <PageHeading title={t('events.form.editTitle')} preline={current.title}>
        {t('events.form.editIntro')}
      </PageHeading>
      {isEditable ? (
        <EventForm
          defaultValues={toEventFormValues(current, getLocale())}
          submitLabel={t('events.form.save')}
          submittingLabel={t('events.form.saving')}
          secondaryActions={
            <ButtonLink to={backTo} variant="secondary">
              {t('common.cancel')}
            </ButtonLink>
          }
          onSubmit={async (values) => {
            const saved = await update.mutateAsync({ id: current.id, body: toEventInput(values) });
            await onSaved(saved);
          }}
        />
      ) : (
        <Alert variant="warning" title={t('events.form.notEditable')} />
      )}
    </div>
  );
}
