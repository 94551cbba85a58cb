import { type MessageParticipants, messageParticipantsResponseSchema } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Emails every confirmed and waitlisted participant; answers with the number of recipients. */
export function messageParticipants(eventId: string, body: MessageParticipants) {
  return apiRequest(`/events/${encodeURIComponent(eventId)}/messages`, {
    method: 'POST',
    body,
    schema: messageParticipantsResponseSchema,
  });
}

export function useMessageParticipants() {
  return useMutation({
    mutationFn: ({ eventId, body }: { eventId: string; body: MessageParticipants }) =>
      messageParticipants(eventId, body),
  });
}
