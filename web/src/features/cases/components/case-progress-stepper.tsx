import { type CaseProgressStep, caseProgressSteps } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { useStageLabel } from './case-stage';

/** The employer's stepper: the main path in plain language, the current step marked. */
export function CaseProgressStepper({
  current,
  labelledBy,
}: {
  current: CaseProgressStep;
  labelledBy?: string;
}) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const currentIndex = caseProgressSteps.indexOf(current);
  return (
    <ol className="app-stepper" aria-labelledby={labelledBy}>
      {caseProgressSteps.map((step, index) => {
        const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`app-stepper__step app-stepper__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {state === 'done' ? (
              <span className="kern-icon kern-icon--check" aria-hidden="true" />
            ) : null}
            <span>{stageLabel(step)}</span>
            {state === 'current' ? (
              <span className="kern-sr-only"> ({t('cases.detail.stepCurrent')})</span>
            ) : null}
            {state === 'done' ? (
              <span className="kern-sr-only"> ({t('cases.detail.stepDone')})</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
