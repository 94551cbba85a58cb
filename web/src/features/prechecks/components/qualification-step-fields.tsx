import { useTranslation } from 'react-i18next';
import {
  LanguageExperienceFields,
  QualificationFields,
} from '../../../components/qualification-fields';
import { Fieldset } from '../../../components/ui/fieldset';

/** Step "Qualifikation und Anerkennung": the hire's own data, saved to the hire as well. */
export function QualificationStepFields() {
  const { t } = useTranslation();
  return (
    <>
      <p className="kern-body">{t('prechecks.qualification.intro')}</p>
      <Fieldset legend={t('prechecks.qualification.legend')}>
        <QualificationFields prefix="hire.qualification" completedYearRequired />
      </Fieldset>
      <Fieldset legend={t('prechecks.qualification.languageLegend')}>
        <LanguageExperienceFields prefix="hire" />
      </Fieldset>
    </>
  );
}
