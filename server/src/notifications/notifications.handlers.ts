import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import {
  countUnread,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.queries';
import {
  listNotificationsRoute,
  readAllNotificationsRoute,
  readNotificationRoute,
  unreadCountRoute,
} from './notifications.routes';

export const notificationsRouter = createRouter()
  .openapi(listNotificationsRoute, (c) => {
    const { user } = requireAuth(c);
    const list = listNotifications({
      db: c.get('deps').db,
      userId: user.id,
      locale: user.locale,
      ...c.req.valid('query'),
    });
    return c.json(list, 200);
  })
  .openapi(unreadCountRoute, (c) => {
    const { user } = requireAuth(c);
    return c.json({ unreadCount: countUnread(c.get('deps').db, user.id) }, 200);
  })
  .openapi(readAllNotificationsRoute, (c) => {
    const { db, clock } = c.get('deps');
    markAllNotificationsRead({ db, userId: requireAuth(c).user.id, now: clock.now() });
    return c.json({ unreadCount: 0 }, 200);
  })
  .openapi(readNotificationRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { user } = requireAuth(c);
    const notification = markNotificationRead({
      db,
      userId: user.id,
      locale: user.locale,
      id: c.req.valid('param').id,
      now: clock.now(),
    });
    return c.json(notification, 200);
  });
