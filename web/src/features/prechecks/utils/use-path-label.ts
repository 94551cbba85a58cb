import { useTranslation } from 'react-i18next';

/** A question's label for a dotted answer path (of `missingAnswers` or a problem's `errors`). */
export function usePathLabel(): (path: string) => string {
  const { t } = useTranslation();
  return (path: string) => {
    const key = path.replace(/^answers\./, '');
    switch (key) {
      case 'job.title':
        return t('prechecks.job.title');
      case 'job.iscoCode':
      case 'job.shortageOccupation':
      case 'job.itSpecialist':
      case 'job.regulated':
        return t('prechecks.job.occupation');
      case 'job.weeklyHours':
        return t('prechecks.job.weeklyHours');
      case 'job.annualGrossSalaryEur':
        return t('prechecks.job.salary');
      case 'job.startDate':
        return t('prechecks.job.startDate');
      case 'job.placeOfWork':
        return t('prechecks.job.placeOfWork');
      case 'job.permanent':
        return t('prechecks.job.permanent');
      case 'job.collectiveAgreement':
        return t('prechecks.job.collectiveAgreement');
      case 'job.matchesQualification':
        return t('prechecks.job.matchesQualification');
      case 'firstResidenceTitleForWork':
        return t('prechecks.job.firstResidenceTitle');
      case 'pensionProvision':
        return t('prechecks.job.pensionProvision');
      case 'licence':
        return t('prechecks.licence.question');
      case 'hire.qualification.level':
        return t('qualification.level.legend');
      case 'hire.qualification.completedYear':
        return t('qualification.completedYear');
      case 'hire.qualification.recognition':
        return t('qualification.recognition.legend');
      case 'hire.qualification.stateRecognisedAbroad':
        return t('qualification.stateRecognisedAbroad');
      case 'hire.germanLevel':
        return t('qualification.germanLevel');
      case 'hire.experienceYears':
        return t('qualification.experienceYears');
      case 'hire.passportExpiry':
        return t('prechecks.pathLabels.passportExpiry');
      case 'hire.dateOfBirth':
        return t('prechecks.pathLabels.dateOfBirth');
      case 'residenceTitle':
        return t('prechecks.pathLabels.residenceTitle');
      case 'declaration':
        return t('prechecks.pathLabels.declaration');
      default:
        return key;
    }
  };
}
