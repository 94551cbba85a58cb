import { licenceStatuses } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../../../components/ui/radio-group-field';

/** Step "Berufserlaubnis": only for regulated professions (nursing, medicine, …). */
export function LicenceStepFields() {
  const { t } = useTranslation();
  return (
    <>
      <p className="kern-body">{t('prechecks.licence.intro')}</p>
      <RadioGroupField
        name="answers.licence"
        legend={t('prechecks.licence.question')}
        hint={t('prechecks.licence.hint')}
        options={licenceStatuses.map((status) => ({
          value: status,
          label: t(`prechecks.licence.${status}`),
          hint: t(`prechecks.licence.${status}Hint`),
        }))}
      />
    </>
  );
}
