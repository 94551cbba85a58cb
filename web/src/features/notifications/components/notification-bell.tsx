import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/get-notifications';

/**
 * A link to the notifications in the header, with the unread count; hidden (and not polling)
 * while the user may not read notifications.
 */
export function NotificationBell({ isAllowed }: { isAllowed: boolean }) {
  const { t } = useTranslation();
  const unread = useUnreadCount({ enabled: isAllowed });
  if (!isAllowed) return null;
  const count = unread.data?.unreadCount ?? 0;
  return (
    <Link
      to="/notifications"
      className="kern-link app-bell"
      aria-label={t('notifications.bellLabel', { count })}
    >
      <span aria-hidden="true">{t('notifications.bell')}</span>
      {count > 0 ? (
        <span className="kern-badge kern-badge--danger app-bell__count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
