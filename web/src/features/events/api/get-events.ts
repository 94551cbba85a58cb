import { eventSchema, listResponseSchema } from '@itc/shared';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type EventFilters, eventKeys } from './keys';

const pageSize = 20;
/** A calendar month rarely holds more; the month view says so when it does. */
export const monthPageSize = 100;
const eventListSchema = listResponseSchema(eventSchema);

type ListParams = EventFilters & { limit?: number; cursor?: string; signal?: AbortSignal };

export function getEvents({ signal, ...query }: ListParams = {}) {
  return apiRequest('/events', { schema: eventListSchema, query, signal });
}

/** Soonest first, cursor-paged ("Weitere laden"); filters live in the URL. */
export const eventsQueryOptions = (filters: EventFilters) =>
  infiniteQueryOptions({
    queryKey: eventKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getEvents({ ...filters, limit: pageSize, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useEvents(filters: EventFilters) {
  return useInfiniteQuery(eventsQueryOptions(filters));
}

/** The events of one calendar month (`from`/`to` set), in one request. */
export const eventMonthQueryOptions = (filters: EventFilters) =>
  queryOptions({
    queryKey: eventKeys.month(filters),
    queryFn: ({ signal }) => getEvents({ ...filters, limit: monthPageSize, signal }),
    placeholderData: keepPreviousData,
  });

export function useEventMonth(filters: EventFilters) {
  return useQuery(eventMonthQueryOptions(filters));
}
