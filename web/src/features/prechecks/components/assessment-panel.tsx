import {
  checklistForResidenceTitle,
  type PathwayAssessment,
  type PathwayCode,
  type PathwayResult,
  pathwayLabels,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '../../../components/ui/badge';
import { TextLink } from '../../../components/ui/text-link';
import { formatDate, formatEuro } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import type { AssessmentView } from '../utils/live-assessment';
import { usePathLabel } from '../utils/use-path-label';
import { missingQuestions, useSummaryLine } from '../utils/use-summary-line';

const resultBadges = {
  eligible: 'success',
  conditional: 'warning',
  not_eligible: 'danger',
} as const satisfies Record<PathwayResult, BadgeVariant>;

type AssessmentPanelProps = {
  view: AssessmentView;
  /** "live": computed in the browser while typing; "server": the stored result. */
  source: 'live' | 'server';
  /** Where a missing answer is asked (a link that focuses the field), if in the wizard. */
  linkToPath?: (path: string) => string | null;
  /** The passport's expiry when it lies before the planned start: flagged. */
  passportExpiresBeforeStart?: string | null;
  /** The title applied for: the documents listed are its checklist only. */
  residenceTitle?: PathwayCode | null;
};

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

/**
 * The assessment beside the wizard: each pathway with a badge in plain words, its reasons and
 * threshold, the accelerated procedure, warnings and the documents it needs.
 */
export function AssessmentPanel({
  view,
  source,
  linkToPath,
  passportExpiresBeforeStart,
  residenceTitle,
}: AssessmentPanelProps) {
  const { t } = useTranslation();
  const pathLabel = usePathLabel();
  const summary = useSummaryLine(view);
  const passportLink = linkToPath?.('hire.passportExpiry');

  return (
    // The panel scrolls on its own beside a long step; tabIndex lets keyboard users scroll it.
    <aside
      className="app-assessment"
      id="assessment"
      aria-labelledby="assessment-heading"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
      tabIndex={0}
    >
      <h2 className="kern-heading-medium" id="assessment-heading">
        {t('prechecks.assessment.heading')}
      </h2>
      <p className="kern-body kern-body--bold app-assessment__summary" aria-live="polite">
        {summary}
      </p>
      <p className="kern-body kern-body--small kern-body--muted">
        {source === 'live'
          ? t('prechecks.assessment.liveNote')
          : t('prechecks.assessment.serverNote')}
      </p>
      {passportExpiresBeforeStart ? (
        <p className="kern-body app-assessment__flag" role="note">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <span>
            {t('prechecks.assessment.passportExpires', {
              date: formatDate(passportExpiresBeforeStart),
            })}{' '}
            {passportLink ? (
              <TextLink to={passportLink}>{t('prechecks.assessment.passportChange')}</TextLink>
            ) : null}
          </span>
        </p>
      ) : null}
      {view.kind === 'incomplete' ? (
        <div className="kern-stack-sm">
          <p className="kern-body">{t('prechecks.assessment.missingIntro')}</p>
          <ul className="kern-list kern-list--bullet">
            {missingQuestions(view).map((path) => {
              const to = linkToPath?.(path);
              const label = pathLabel(path);
              return <li key={path}>{to ? <TextLink to={to}>{label}</TextLink> : label}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {view.kind === 'invalid' ? (
        <ul className="kern-list kern-list--bullet">
          {view.paths.map((path) => (
            <li key={path}>
              {path === 'dateOfBirth'
                ? t('prechecks.assessment.invalidStartBeforeBirth')
                : t('prechecks.assessment.invalidCompletedAfterStart')}
            </li>
          ))}
        </ul>
      ) : null}
      {view.kind === 'complete' ? (
        <AssessmentResult view={view} residenceTitle={residenceTitle ?? null} />
      ) : null}
    </aside>
  );
}

function AssessmentResult({
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
                {document.required ? '' : ` (${t('prechecks.documents.ifApplicable')})`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
