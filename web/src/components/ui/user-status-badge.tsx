import type { User } from '@itc/shared';
import { useTranslation } from 'react-i18next';

/** Active, invitation still open, or deactivated. */
export function UserStatusBadge({ user }: { user: Pick<User, 'active' | 'invitationPending'> }) {
  const { t } = useTranslation();
  if (!user.active) {
    return (
      <span className="kern-badge kern-badge--danger">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-label">{t('userStatus.inactive')}</span>
      </span>
    );
  }
  if (user.invitationPending) {
    return (
      <span className="kern-badge kern-badge--info">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-label">{t('userStatus.invited')}</span>
      </span>
    );
  }
  return (
    <span className="kern-badge kern-badge--success">
      <span className="kern-icon kern-icon--success" aria-hidden="true" />
      <span className="kern-label">{t('userStatus.active')}</span>
    </span>
  );
}
