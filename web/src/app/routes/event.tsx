import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { EventPage } from '../../features/events/routes/event-page';

/** An event; the registration form starts with the signed-in person. */
export function EventRoute() {
  const { eventId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <EventPage
      key={eventId}
      eventId={eventId}
      currentUser={{ name: user.name, email: user.email }}
    />
  );
}
