import { eventSchema, type UpdateEvent } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys } from './keys';

export function updateEvent(id: string, body: UpdateEvent) {
  return apiRequest(`/events/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    schema: eventSchema,
  });
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateEvent }) => updateEvent(id, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
