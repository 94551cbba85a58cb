import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys } from './keys';

/** Frees the seat; the first on the waiting list moves up. */
export function cancelRegistration(eventId: string, registrationId: string) {
  return apiRequest(
    `/events/${encodeURIComponent(eventId)}/registrations/${encodeURIComponent(registrationId)}`,
    { method: 'DELETE' },
  );
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, registrationId }: { eventId: string; registrationId: string }) =>
      cancelRegistration(eventId, registrationId),
    onSuccess: (_result, { eventId }) => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
