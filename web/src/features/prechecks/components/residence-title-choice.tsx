import {
  type PathwayCode,
  type PrecheckAssessment,
  pathwayLabels,
  recommendResidenceTitle,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { useLocale } from '../../../lib/use-country-options';

const resultBadges = { eligible: 'success', conditional: 'warning' } as const;

type ResidenceTitleChoiceProps = {
  assessment: PrecheckAssessment;
  open: readonly PathwayCode[];
  selected: PathwayCode;
  disabled: boolean;
  onChange: (code: PathwayCode) => void;
};

/**
 * The residence title to apply for, among those the assessment leaves open. The recommended one
 * is marked and explained in one sentence; the checklist below follows the selection.
 */
export function ResidenceTitleChoice({
  assessment,
  open,
  selected,
  disabled,
  onChange,
}: ResidenceTitleChoiceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const recommended = recommendResidenceTitle(assessment);
  const resultOf = (code: PathwayCode) =>
    assessment.pathways.find((pathway) => pathway.code === code)?.result ?? 'not_eligible';
  return (
    <fieldset className="kern-fieldset" aria-describedby="residence-title-hint residence-title-why">
      <legend className="kern-label">{t('prechecks.pathLabels.residenceTitle')}</legend>
      <div className="kern-hint" id="residence-title-hint">
        {t('precheckFiling.documents.titleHint')}
      </div>
      {recommended ? (
        <p className="kern-body" id="residence-title-why">
          {t(
            recommended.result === 'eligible'
              ? 'precheckFiling.documents.titleRecommendedEligible'
              : 'precheckFiling.documents.titleRecommendedConditional',
            { title: pathwayLabels[recommended.code][locale] },
          )}
        </p>
      ) : null}
      <div className="kern-fieldset__body">
        {open.map((code) => {
          const id = `residence-title-${code}`;
          const result = resultOf(code);
          return (
            <div className="kern-form-check" key={code}>
              <input
                id={id}
                type="radio"
                name="residenceTitle"
                value={code}
                className="kern-form-check__radio"
                checked={selected === code}
                disabled={disabled}
                onChange={() => onChange(code)}
              />
              <label className="kern-label app-title-option" htmlFor={id}>
                <span>{pathwayLabels[code][locale]}</span>
                {result === 'eligible' || result === 'conditional' ? (
                  <Badge variant={resultBadges[result]}>
                    {t(`prechecks.assessment.result.${result}`)}
                  </Badge>
                ) : null}
                {code === recommended?.code ? (
                  <Badge variant="info">{t('precheckFiling.documents.titleRecommended')}</Badge>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
