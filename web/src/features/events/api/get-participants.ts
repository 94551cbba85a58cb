import { eventParticipantSchema, listResponseSchema } from '@itc/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys, type ParticipantFilters } from './keys';

const participantListSchema = listResponseSchema(eventParticipantSchema);
/** The largest page the server gives; events hold at most a few hundred people. */
export const participantPageSize = 100;

export function getParticipants(
  eventId: string,
  filters: ParticipantFilters,
  signal?: AbortSignal,
) {
  return apiRequest(`/events/${encodeURIComponent(eventId)}/participants`, {
    schema: participantListSchema,
    query: { ...filters, limit: participantPageSize },
    signal,
  });
}

/** The check-in list; the previous result stays while a new search loads, so rows keep focus. */
export const participantsQueryOptions = (eventId: string, filters: ParticipantFilters) =>
  queryOptions({
    queryKey: eventKeys.participants(eventId, filters),
    queryFn: ({ signal }) => getParticipants(eventId, filters, signal),
    placeholderData: keepPreviousData,
  });

export function useParticipants(eventId: string, filters: ParticipantFilters) {
  return useQuery(participantsQueryOptions(eventId, filters));
}
