import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditEventPage } from '../../features/events/routes/edit-event-page';

export function EditEventRoute() {
  const { eventId = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <EditEventPage
      eventId={eventId}
      onSaved={(event) =>
        navigate(`/events/${event.id}`, { state: { notice: t('events.form.saved') } })
      }
    />
  );
}
