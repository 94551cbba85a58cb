import { eventRegistrationSchema, listResponseSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys } from './keys';

const registrationListSchema = listResponseSchema(eventRegistrationSchema);
/** An organisation registers at most a few dozen people; the page size covers them. */
const limit = 100;

export function getOwnRegistrations(eventId: string, signal?: AbortSignal) {
  return apiRequest(`/events/${encodeURIComponent(eventId)}/registrations/mine`, {
    schema: registrationListSchema,
    query: { limit },
    signal,
  });
}

export const ownRegistrationsQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: eventKeys.ownRegistrations(eventId),
    queryFn: ({ signal }) => getOwnRegistrations(eventId, signal),
  });

export function useOwnRegistrations(eventId: string, { enabled = true } = {}) {
  return useQuery({ ...ownRegistrationsQueryOptions(eventId), enabled });
}
