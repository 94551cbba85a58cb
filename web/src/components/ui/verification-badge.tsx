import type { VerificationStatus } from '@itc/shared';
import { useTranslation } from 'react-i18next';

const variants = {
  verified: { badge: 'success', icon: 'success' },
  pending: { badge: 'warning', icon: 'warning' },
  rejected: { badge: 'danger', icon: 'danger' },
} as const satisfies Record<VerificationStatus, { badge: string; icon: string }>;

/** "Geprüft" / "In Prüfung" / "Abgelehnt" as a KERN badge. */
export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  const variant = variants[status];
  return (
    <span className={`kern-badge kern-badge--${variant.badge}`}>
      <span className={`kern-icon kern-icon--${variant.icon}`} aria-hidden="true" />
      <span className="kern-label">{t(`verificationStatus.${status}`)}</span>
    </span>
  );
}
