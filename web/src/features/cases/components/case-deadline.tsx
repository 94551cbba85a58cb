import type { CaseDeadline as Deadline } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';

/** The due date with the days left, or an "overdue" badge once it has passed. */
export function CaseDeadline({ deadline }: { deadline: Deadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <span>–</span>;
  return (
    <span className="kern-stack-xs">
      <time dateTime={deadline.dueAt}>{formatDate(deadline.dueAt)}</time>{' '}
      {deadline.overdue ? (
        <>
          <Badge variant="danger">{t('cases.overdue')}</Badge>{' '}
          <span>{t('cases.overdueDays', { count: Math.abs(deadline.daysLeft) })}</span>
        </>
      ) : (
        <span>
          {deadline.daysLeft === 0
            ? t('cases.dueToday')
            : t('cases.daysLeft', { count: deadline.daysLeft })}
        </span>
      )}
    </span>
  );
}
