import type { CaseDetail } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { type DescriptionItem, DescriptionList } from '../../../components/ui/description-list';
import { formatDateTime } from '../../../lib/format';
import { CaseBaConsent } from './case-ba-consent';
import { CaseDeadline } from './case-deadline';
import { useStageLabel } from './case-stage';

/** The case at a glance: stage, due date (and the BA's consent), when it came in. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const items: DescriptionItem[] = [
    { key: 'stage', label: t('cases.detail.stage'), value: stageLabel(detail.status) },
    {
      key: 'due',
      label: t('cases.detail.dueHeading'),
      value: detail.deadline ? (
        <CaseDeadline deadline={detail.deadline} />
      ) : detail.closedAt ? (
        t('cases.closed')
      ) : (
        t('cases.detail.noDue')
      ),
    },
    {
      key: 'submitted',
      label: t('cases.detail.submittedAt'),
      value: <time dateTime={detail.submittedAt}>{formatDateTime(detail.submittedAt)}</time>,
    },
  ];
  return (
    <section className="kern-stack" aria-labelledby="case-facts-heading">
      <h2 className="kern-heading-medium" id="case-facts-heading">
        {t('cases.detail.factsHeading')}
      </h2>
      <DescriptionList items={items} />
      {detail.baConsent ? <CaseBaConsent consent={detail.baConsent} /> : null}
    </section>
  );
}
