import type { BaConsent } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { formatDate } from '../../../lib/format';

/**
 * The BA's consent counts as given one week after it was requested (§ 36(2) BeschV). From that
 * day the page says so; the case still moves only when city staff record it.
 */
export function CaseBaConsent({ consent }: { consent: BaConsent }) {
  const { t } = useTranslation();
  const dates = {
    requested: formatDate(consent.requestedAt),
    deemed: formatDate(consent.deemedGivenOn),
  };
  return consent.deemedGiven ? (
    <Alert variant="success" title={t('cases.baConsent.deemedTitle')} headingLevel={3}>
      <p className="kern-body">{t('cases.baConsent.deemedText', dates)}</p>
    </Alert>
  ) : (
    <Alert variant="info" title={t('cases.baConsent.pendingTitle')} headingLevel={3}>
      <p className="kern-body">{t('cases.baConsent.pendingText', dates)}</p>
    </Alert>
  );
}
