import type { Mandate } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';

export function MandateStatusBadge({ mandate }: { mandate: Mandate }) {
  const { t } = useTranslation();
  if (mandate.revokedAt) {
    return (
      <Badge variant="neutral">
        {t('mandates.status.revokedOn', { date: formatDate(mandate.revokedAt) })}
      </Badge>
    );
  }
  return <Badge variant="success">{t('mandates.status.active')}</Badge>;
}
