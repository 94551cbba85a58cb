import type { PathwayCode } from '@itc/shared';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/ui/text-link';
import { formatDate } from '../../../lib/format';
import { lazyComponent } from '../../../lib/lazy-component';
import type { AssessmentView } from '../utils/live-assessment';
import { usePathLabel } from '../utils/use-path-label';
import { missingQuestions, useSummaryLine } from '../utils/use-summary-line';

// The result needs the rules, which load once the answers are complete (live-assessment.ts); its
// part of the panel loads with them, while the summary line says the answers are being checked.
const AssessmentResult = lazyComponent(() => import('./assessment-result'), 'AssessmentResult');

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
        <Suspense fallback={null}>
          <AssessmentResult view={view} residenceTitle={residenceTitle ?? null} />
        </Suspense>
      ) : null}
    </aside>
  );
}
