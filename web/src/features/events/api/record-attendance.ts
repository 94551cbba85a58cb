import { type EventParticipant, eventParticipantSchema, type RecordAttendance } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventKeys } from './keys';

export function recordAttendance(eventId: string, body: RecordAttendance) {
  return apiRequest(`/events/${encodeURIComponent(eventId)}/attendance`, {
    method: 'POST',
    body,
    schema: eventParticipantSchema,
  });
}

type ParticipantPage = { items: EventParticipant[]; nextCursor: string | null };

/** Check-in at the door: the row changes at once in every loaded list, then lists refresh. */
export function useRecordAttendance(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordAttendance) => recordAttendance(eventId, body),
    onSuccess: (participant) => {
      queryClient.setQueriesData<ParticipantPage>(
        { queryKey: eventKeys.participantLists(eventId) },
        (page) =>
          page && {
            ...page,
            items: page.items.map((item) => (item.id === participant.id ? participant : item)),
          },
      );
      void queryClient.invalidateQueries({ queryKey: eventKeys.participantLists(eventId) });
    },
  });
}
