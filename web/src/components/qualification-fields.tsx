import { germanLevels, qualificationLevels, recognitionStatuses } from '@itc/shared';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../lib/use-country-options';
import { RadioGroupField } from './ui/radio-group-field';
import { SelectField } from './ui/select-field';
import { TextField } from './ui/text-field';

/**
 * The hire's qualification, asked in plain words; used by the hire form and by the pre-check
 * wizard's qualification step. `prefix` is the path of the qualification object in the form.
 * `completedYearRequired`: the pre-check's rules need the year, so it is not marked optional.
 */
export function QualificationFields({
  prefix,
  completedYearRequired = false,
}: {
  prefix: string;
  completedYearRequired?: boolean;
}) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const level = useWatch({ name: `${prefix}.level` }) as string | undefined;
  const hasQualification = level === 'university' || level === 'vocational';
  return (
    <>
      <RadioGroupField
        name={`${prefix}.level`}
        legend={t('qualification.level.legend')}
        options={qualificationLevels.map((value) => ({
          value,
          label: t(`qualification.level.${value}`),
          hint: t(`qualification.level.${value}Hint`),
        }))}
      />
      {hasQualification ? (
        <>
          <TextField
            name={`${prefix}.title`}
            label={t('qualification.title')}
            hint={t('qualification.titleHint')}
            optional
          />
          <SelectField
            name={`${prefix}.country`}
            label={t('qualification.country')}
            options={countries}
            placeholder={t('form.choose')}
            optional
          />
          <TextField
            name={`${prefix}.completedYear`}
            label={t('qualification.completedYear')}
            hint={t('qualification.completedYearHint')}
            inputMode="numeric"
            maxLength={4}
            width="narrow"
            optional={!completedYearRequired}
          />
          <TextField
            name={`${prefix}.trainingYears`}
            label={t('qualification.trainingYears')}
            hint={t('qualification.trainingYearsHint')}
            inputMode="decimal"
            maxLength={4}
            width="narrow"
            optional
          />
          <RadioGroupField
            name={`${prefix}.stateRecognisedAbroad`}
            legend={t('qualification.stateRecognisedAbroad')}
            hint={t('qualification.stateRecognisedAbroadHint')}
            horizontal
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
          />
          <RadioGroupField
            name={`${prefix}.recognition`}
            legend={t('qualification.recognition.legend')}
            hint={t('qualification.recognition.hint')}
            options={recognitionStatuses.map((value) => ({
              value,
              label: t(`qualification.recognition.${value}`),
              hint: t(`qualification.recognition.${value}Hint`),
            }))}
          />
        </>
      ) : null}
    </>
  );
}

/** German level (CEFR) and years of relevant experience. */
export function LanguageExperienceFields({ prefix = '' }: { prefix?: string }) {
  const { t } = useTranslation();
  const path = (name: string) => (prefix ? `${prefix}.${name}` : name);
  return (
    <>
      <SelectField
        name={path('germanLevel')}
        label={t('qualification.germanLevel')}
        hint={t('qualification.germanLevelHint')}
        placeholder={t('form.choose')}
        options={germanLevels.map((value) => ({
          value,
          label: t(`qualification.germanLevels.${value}`),
        }))}
      />
      <TextField
        name={path('experienceYears')}
        label={t('qualification.experienceYears')}
        hint={t('qualification.experienceYearsHint')}
        inputMode="decimal"
        maxLength={4}
        width="narrow"
      />
    </>
  );
}
