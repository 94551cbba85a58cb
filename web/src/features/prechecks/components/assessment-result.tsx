import {
  checklistForResidenceTitle,
  type PathwayAssessment,
  type PathwayCode,
  type PathwayResult,
  pathwayLabels,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '../../../components/ui/badge';
import { formatEuro } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import type { AssessmentView } from '../utils/live-assessment';

const resultBadges = {
  eligible: 'success',
  conditional: 'warning',
  not_eligible: 'danger',
} as const satisfies Record<PathwayResult, BadgeVariant>;

function PathwayItem({
  pathway,
  thresholdYear,
}: {
  pathway: PathwayAssessment;
  thresholdYear: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = pathwayLabels[pathway.code][locale];
  const headingId = `pathway-${pathway.code}`;
  const reasons = (
    <ul className="kern-list kern-list--bullet kern-list--small">
      {pathway.reasons.map((reason, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same reason code may occur twice
        <li key={`${reason.code}-${index}`}>{reason.message}</li>
      ))}
    </ul>
  );
  return (
    <li className="app-pathway" aria-labelledby={headingId}>
      <div className="app-pathway__header">
        <h4 className="kern-heading-small app-pathway__title" id={headingId}>
          {label}
        </h4>
        <Badge variant={resultBadges[pathway.result]}>
          {t(`prechecks.assessment.result.${pathway.result}`)}
        </Badge>
      </div>
      {pathway.salaryThresholdEur !== undefined ? (
        <p className="kern-body kern-body--small">
          {t('prechecks.assessment.threshold', {
            year: thresholdYear,
            amount: formatEuro(pathway.salaryThresholdEur),
          })}
        </p>
      ) : null}
      {pathway.result === 'not_eligible' ? (
        <details className="app-details">
          <summary className="kern-body kern-body--small">
            {t('prechecks.assessment.showReasons')}
          </summary>
          {reasons}
        </details>
      ) : (
        reasons
      )}
    </li>
  );
}

/** The assessment's result: pathways with reasons, the accelerated procedure, warnings, documents. */
export function AssessmentResult({
  view,
  residenceTitle,
}: {
  view: Extract<AssessmentView, { kind: 'complete' }>;
  residenceTitle: PathwayCode | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { assessment } = view;
  const { acceleratedProcedure } = assessment;
  const documents = residenceTitle
    ? checklistForResidenceTitle(assessment.requiredDocuments, residenceTitle)
    : assessment.requiredDocuments;
  return (
    <div className="kern-stack">
      <section className="kern-stack-sm" aria-labelledby="assessment-pathways-heading">
        <h3 className="kern-heading-small" id="assessment-pathways-heading">
          {t('prechecks.assessment.pathwaysHeading')}
        </h3>
        <ul className="app-pathways">
          {assessment.pathways.map((pathway) => (
            <PathwayItem
              key={pathway.code}
              pathway={pathway}
              thresholdYear={assessment.thresholdYear}
            />
          ))}
        </ul>
      </section>
      <section className="kern-stack-sm" aria-labelledby="assessment-accelerated-heading">
        <div className="app-pathway__header">
          <h3 className="kern-heading-small" id="assessment-accelerated-heading">
            {t('prechecks.assessment.acceleratedHeading')}
          </h3>
          <Badge variant={acceleratedProcedure.available ? 'success' : 'danger'}>
            {acceleratedProcedure.available
              ? t('prechecks.assessment.available')
              : t('prechecks.assessment.notAvailable')}
          </Badge>
        </div>
        <ul className="kern-list kern-list--bullet kern-list--small">
          {acceleratedProcedure.reasons.map((reason, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id
            <li key={index}>{reason.message}</li>
          ))}
        </ul>
      </section>
      {assessment.warnings.length > 0 ? (
        <section className="kern-stack-sm" aria-labelledby="assessment-warnings-heading">
          <h3 className="kern-heading-small" id="assessment-warnings-heading">
            {t('prechecks.assessment.warningsHeading')}
          </h3>
          <ul className="kern-list kern-list--bullet kern-list--small">
            {assessment.warnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {documents.length > 0 ? (
        <section className="kern-stack-sm" aria-labelledby="assessment-documents-heading">
          <h3 className="kern-heading-small" id="assessment-documents-heading">
            {residenceTitle
              ? t('prechecks.assessment.documentsForTitle', {
                  title: pathwayLabels[residenceTitle][locale],
                })
              : t('prechecks.assessment.documentsHeading')}
          </h3>
          <ul className="kern-list kern-list--bullet kern-list--small">
            {documents.map((document) => (
              <li key={document.code}>
                {document.label}
                {document.required ? '' : ` (${t('prechecks.pathLabels.ifApplicable')})`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
