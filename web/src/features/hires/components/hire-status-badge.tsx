import type { HireStatus } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '../../../components/ui/badge';

const variants = {
  active: 'info',
  in_procedure: 'warning',
  arrived: 'success',
  archived: 'neutral',
} as const satisfies Record<HireStatus, BadgeVariant>;

export function HireStatusBadge({ status }: { status: HireStatus }) {
  const { t } = useTranslation();
  return <Badge variant={variants[status]}>{t(`hires.status.${status}`)}</Badge>;
}
