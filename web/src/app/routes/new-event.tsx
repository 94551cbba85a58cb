import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NewEventPage } from '../../features/events/routes/new-event-page';

export function NewEventRoute() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <NewEventPage
      onCreated={(event) =>
        navigate(`/events/${event.id}`, { state: { notice: t('events.form.created') } })
      }
    />
  );
}
