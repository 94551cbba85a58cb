import { type CancelEvent, eventSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys } from './keys';

/** Every confirmed and waitlisted participant is emailed, with the reason when given. */
export function cancelEvent(id: string, body: CancelEvent) {
  return apiRequest(`/events/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body,
    schema: eventSchema,
  });
}

export function useCancelEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CancelEvent }) => cancelEvent(id, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
