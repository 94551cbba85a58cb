import { type CaseStatus, caseStatusLabels } from '@itc/shared';
import { useLocale } from '../../../lib/use-country-options';

/** The stage in plain language, as the shared state machine names it. */
export function useStageLabel(): (status: CaseStatus) => string {
  const locale = useLocale();
  return (status) => caseStatusLabels[status][locale];
}
