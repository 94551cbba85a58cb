import { type CaseDetail, type PathwayResult, pathwayLabels } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '../../../components/ui/badge';
import { DescriptionList } from '../../../components/ui/description-list';
import { formatDateTime, formatEuro } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useReasonMessage } from '../../../lib/use-reason-message';

const resultBadges = {
  eligible: 'success',
  conditional: 'warning',
  not_eligible: 'danger',
} as const satisfies Record<PathwayResult, BadgeVariant>;

/** What was submitted (frozen) and the stored assessment with its reasons. */
export function CaseSummary({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reasonMessage = useReasonMessage();
  const { hire, answers, submittedByName } = detail.submission;
  const notGiven = t('cases.detail.notGiven');
  return (
    <>
      <section className="kern-stack" aria-labelledby="case-summary-heading">
        <h2 className="kern-heading-medium" id="case-summary-heading">
          {t('cases.detail.summaryHeading')}
        </h2>
        <DescriptionList
          items={[
            {
              key: 'hire',
              label: t('cases.detail.hireName'),
              value: `${hire.givenNames} ${hire.familyName}`,
            },
            { key: 'company', label: t('cases.detail.company'), value: detail.organizationName },
            {
              key: 'title',
              label: t('cases.detail.residenceTitle'),
              value: answers.residenceTitle
                ? pathwayLabels[answers.residenceTitle][locale]
                : notGiven,
            },
            { key: 'job', label: t('cases.detail.jobTitle'), value: answers.job.title ?? notGiven },
            {
              key: 'salary',
              label: t('cases.detail.salary'),
              value:
                answers.job.annualGrossSalaryEur === null
                  ? notGiven
                  : formatEuro(answers.job.annualGrossSalaryEur, locale),
            },
            {
              key: 'hours',
              label: t('cases.detail.weeklyHours'),
              value: answers.job.weeklyHours ?? notGiven,
            },
            {
              key: 'place',
              label: t('cases.detail.placeOfWork'),
              value: answers.job.placeOfWork ?? notGiven,
            },
            { key: 'by', label: t('cases.detail.submittedBy'), value: submittedByName },
            {
              key: 'at',
              label: t('cases.detail.submittedAt'),
              value: (
                <time dateTime={detail.submittedAt}>{formatDateTime(detail.submittedAt)}</time>
              ),
            },
          ]}
        />
      </section>
      <section className="kern-stack" aria-labelledby="case-assessment-heading">
        <h2 className="kern-heading-medium" id="case-assessment-heading">
          {t('cases.detail.assessmentHeading')}
        </h2>
        <ul className="app-plain-list kern-stack">
          {detail.assessment.pathways.map((pathway) => (
            <li key={pathway.code} className="kern-stack-xs">
              <h3 className="kern-heading-small">
                {pathwayLabels[pathway.code][locale]}{' '}
                <Badge variant={resultBadges[pathway.result]}>
                  {t(`cases.detail.results.${pathway.result}`)}
                </Badge>
              </h3>
              <ul>
                {pathway.reasons.map((reason, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id
                  <li key={`${reason.code}-${index}`}>{reasonMessage(reason)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
