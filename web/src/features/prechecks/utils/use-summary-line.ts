import type { PathwayResult } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from './live-assessment';
import { uniqueFieldPaths } from './wizard-steps';

/** The questions still missing, each once: what the list shows and the summary counts. */
export function missingQuestions(view: AssessmentView): string[] {
  return view.kind === 'incomplete' ? uniqueFieldPaths(view.missing) : [];
}

/** The one line that sums up the assessment (announced, and shown in the phone's summary bar). */
export function useSummaryLine(view: AssessmentView): string {
  const { t } = useTranslation();
  if (view.kind === 'incomplete') {
    return t('prechecks.assessment.summaryIncomplete', { count: missingQuestions(view).length });
  }
  if (view.kind === 'invalid') return t('prechecks.assessment.summaryInvalid');
  if (view.kind === 'assessing') return t('prechecks.assessment.summaryAssessing');
  const count = (result: PathwayResult) =>
    view.assessment.pathways.filter((pathway) => pathway.result === result).length;
  const eligible = count('eligible');
  const conditional = count('conditional');
  if (eligible + conditional === 0) return t('prechecks.assessment.summaryNone');
  const open = [
    eligible > 0 ? t('prechecks.assessment.summaryEligible', { count: eligible }) : null,
    conditional > 0 ? t('prechecks.assessment.summaryConditional', { count: conditional }) : null,
  ].filter(Boolean);
  const accelerated = view.assessment.acceleratedProcedure.available
    ? t('prechecks.assessment.acceleratedAvailable')
    : t('prechecks.assessment.acceleratedNotAvailable');
  return `${open.join(', ')}. ${accelerated}`;
}
