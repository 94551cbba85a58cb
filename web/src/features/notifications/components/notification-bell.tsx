import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../auth/api/get-me';
import { useUnreadCount } from '../api/get-notifications';

/** A link to the notifications in the header, with the unread count. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  // Staff still to set up their second factor may not read notifications yet.
  const isAllowed = Boolean(user && !user.mustEnrolSecondFactor);
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
