import { caseMessageSchema, listResponseSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

const messageListSchema = listResponseSchema(caseMessageSchema);

export function getCaseMessages(id: string, signal?: AbortSignal) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/messages`, {
    schema: messageListSchema,
    query: { limit: 100 },
    signal,
  });
}

export const caseMessagesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: caseKeys.messages(id),
    queryFn: ({ signal }) => getCaseMessages(id, signal),
  });

export function useCaseMessages(id: string) {
  return useQuery(caseMessagesQueryOptions(id));
}
