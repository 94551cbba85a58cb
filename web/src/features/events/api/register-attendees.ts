import { type RegisterAttendees, registerAttendeesResponseSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys } from './keys';

/** Each attendee gets a seat or a waiting-list place, in the order sent. */
export function registerAttendees(eventId: string, body: RegisterAttendees) {
  return apiRequest(`/events/${encodeURIComponent(eventId)}/registrations`, {
    method: 'POST',
    body,
    schema: registerAttendeesResponseSchema,
  });
}

export function useRegisterAttendees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, body }: { eventId: string; body: RegisterAttendees }) =>
      registerAttendees(eventId, body),
    onSuccess: (_result, { eventId }) => {
      // The event's seats, the join link and the own registrations all change.
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
