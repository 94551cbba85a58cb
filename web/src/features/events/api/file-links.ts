import { apiBasePath } from '../../../lib/api-client';

/** Files the server renders are opened by plain links; the session cookie goes along. */
export const eventFileLinks = {
  calendar: (eventId: string) =>
    `${apiBasePath}/events/${encodeURIComponent(eventId)}/calendar.ics`,
  participantsCsv: (eventId: string) =>
    `${apiBasePath}/events/${encodeURIComponent(eventId)}/participants.csv`,
};
