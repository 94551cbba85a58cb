import { notificationListSchema, unreadCountSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export function getNotifications({ cursor, signal }: { cursor?: string; signal?: AbortSignal }) {
  return apiRequest('/notifications', {
    schema: notificationListSchema,
    query: { limit: 20, cursor },
    signal,
  });
}

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam, signal }) => getNotifications({ cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useNotifications() {
  return useInfiniteQuery(notificationsQueryOptions());
}

export function getUnreadCount(signal?: AbortSignal) {
  return apiRequest('/notifications/unread-count', { schema: unreadCountSchema, signal });
}

/** The bell's badge; refreshed every minute while the page is open. */
export function useUnreadCount({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getUnreadCount(signal),
    enabled,
    refetchInterval: 60_000,
  });
}
