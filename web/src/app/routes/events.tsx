import { isEventOrganizerRole } from '@itc/shared';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { EventsPage } from '../../features/events/routes/events-page';

/** Everyone browses events; IHK, Jobcenter and city staff also organise them. */
export function EventsRoute() {
  const user = useCurrentUser();
  return <EventsPage isOrganizer={isEventOrganizerRole(user.role)} />;
}
