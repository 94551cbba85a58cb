import { useParams } from 'react-router';
import { ParticipantsPage } from '../../features/events/routes/participants-page';

export function EventParticipantsRoute() {
  const { eventId = '' } = useParams();
  return <ParticipantsPage eventId={eventId} />;
}
