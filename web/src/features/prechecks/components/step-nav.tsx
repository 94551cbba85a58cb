import type { PrecheckStep } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cx } from '../../../components/ui/cx';

type StepNavProps = { precheckId: string; steps: PrecheckStep[]; current: PrecheckStep };

/** The wizard's steps as links; the current one is marked for screen readers as well. */
export function StepNav({ precheckId, steps, current }: StepNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="app-steps" aria-label={t('prechecks.wizard.stepsLabel')}>
      <ol className="app-steps__list">
        {steps.map((step, index) => {
          const isCurrent = step === current;
          const content = (
            <>
              <span className="app-steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{t(`prechecks.steps.${step}`)}</span>
            </>
          );
          return (
            <li
              key={step}
              className={cx('app-steps__item', isCurrent && 'app-steps__item--current')}
            >
              {isCurrent ? (
                <span className="app-steps__link" aria-current="step">
                  {content}
                </span>
              ) : (
                <Link className="app-steps__link" to={`/prechecks/${precheckId}/${step}`}>
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
