import type { VerificationStatus } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';

type OrganizationStatusNoticeProps = {
  status: VerificationStatus;
  /** The reason for a rejection; undefined while the organisation is still loading. */
  rejectionReason: string | null | undefined;
};

/** For employers: what the verification state means for them, in plain words. */
export function OrganizationStatusNotice({
  status,
  rejectionReason,
}: OrganizationStatusNoticeProps) {
  const { t } = useTranslation();
  switch (status) {
    case 'pending':
      return (
        <Alert variant="info" title={t('home.pending.title')} headingLevel={2}>
          <p className="kern-body">{t('home.pending.text')}</p>
          <p className="kern-body">{t('home.pending.explore')}</p>
        </Alert>
      );
    case 'rejected':
      return (
        <Alert variant="danger" title={t('home.rejected.title')} headingLevel={2}>
          <p className="kern-body">{t('home.rejected.reasonIntro')}</p>
          {rejectionReason !== undefined ? (
            <blockquote className="app-quote kern-body">
              {rejectionReason ?? t('home.rejected.noReason')}
            </blockquote>
          ) : null}
          <p className="kern-body">{t('home.rejected.contact')}</p>
        </Alert>
      );
    case 'verified':
      return null;
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
}
