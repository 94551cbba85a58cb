import { notificationSchema, unreadCountSchema } from '@itc/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export function markNotificationRead(id: string) {
  return apiRequest(`/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
    schema: notificationSchema,
  });
}

export function markAllNotificationsRead() {
  return apiRequest('/notifications/read-all', { method: 'POST', schema: unreadCountSchema });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkNotificationRead() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: markNotificationRead, onSuccess: invalidate });
}

export function useMarkAllNotificationsRead() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess: invalidate });
}
