import { useTranslation } from 'react-i18next';
import type { AssessmentView } from '../utils/live-assessment';
import { useSummaryLine } from '../utils/use-summary-line';

/**
 * On narrow screens the assessment sits below the whole form, so this one-line summary stays in
 * view at the top while typing; the button jumps to the full assessment. Wide screens hide it
 * (the panel itself stays beside the form there). Not live: the panel announces changes.
 */
export function AssessmentSummaryBar({ view }: { view: AssessmentView }) {
  const { t } = useTranslation();
  const summary = useSummaryLine(view);
  const showPanel = () => {
    const panel = document.getElementById('assessment');
    panel?.scrollIntoView({ block: 'start' });
    panel?.focus({ preventScroll: true });
  };
  return (
    <section className="app-assessment-bar" aria-labelledby="assessment-bar-heading">
      <h2 className="kern-sr-only" id="assessment-bar-heading">
        {t('prechecks.assessment.barHeading')}
      </h2>
      <p className="kern-body kern-body--small kern-body--bold app-assessment-bar__summary">
        {summary}
      </p>
      <button type="button" className="kern-link app-assessment-bar__link" onClick={showPanel}>
        {t('prechecks.assessment.barShowAll')}
      </button>
    </section>
  );
}
