import { createRoute } from '@hono/zod-openapi';
import {
  idParamSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationSchema,
  unreadCountSchema,
} from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

const base = { tags: ['notifications'], security: sessionSecurity, middleware: signedIn };

export const listNotificationsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/notifications',
  summary: 'The caller’s notifications, newest first, texts in the caller’s language',
  request: { query: notificationListQuerySchema },
  responses: {
    200: jsonContent(notificationListSchema, 'A page of notifications and the unread count'),
    ...problems(400, 401),
  },
});

export const unreadCountRoute = createRoute({
  ...base,
  method: 'get',
  path: '/notifications/unread-count',
  summary: 'How many notifications the caller has not read: for the badge',
  responses: { 200: jsonContent(unreadCountSchema, 'The unread count'), ...problems(401) },
});

export const readNotificationRoute = createRoute({
  ...base,
  method: 'post',
  path: '/notifications/{id}/read',
  summary: 'Mark one of the caller’s notifications read',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(notificationSchema, 'The notification, read'),
    ...problems(401, 404),
  },
});

export const readAllNotificationsRoute = createRoute({
  ...base,
  method: 'post',
  path: '/notifications/read-all',
  summary: 'Mark all of the caller’s notifications read',
  responses: { 200: jsonContent(unreadCountSchema, 'The unread count: 0'), ...problems(401) },
});
