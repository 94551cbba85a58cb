import {
  asksPensionProvision,
  type Hire,
  resolveSalaryThresholds,
  translateValidationMessage,
} from '@itc/shared';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Fieldset } from '../../../components/ui/fieldset';
import { RadioGroupField } from '../../../components/ui/radio-group-field';
import { TextField } from '../../../components/ui/text-field';
import { useToday } from '../../../lib/clock';
import { formatDate, formatEuro } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { OccupationSelect } from './occupation-select';

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function useYesNo() {
  const { t } = useTranslation();
  return [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
}

/** Warns (without blocking) when the start lies in the past or after the passport's expiry. */
function StartDateNotices({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const startDate = useWatch({ name: 'answers.job.startDate' });
  const today = useToday();
  if (!isIsoDate(startDate)) return null;
  const isPast = startDate < today;
  const passportEnds = hire.passportExpiry <= startDate;
  if (!isPast && !passportEnds) return null;
  return (
    <div className="kern-stack-sm">
      {isPast ? (
        <Alert variant="warning" title={t('prechecks.job.startInPastTitle')}>
          <p className="kern-body">{t('prechecks.job.startInPastText')}</p>
        </Alert>
      ) : null}
      {passportEnds ? (
        <Alert variant="warning" title={t('prechecks.job.passportEndsTitle')}>
          <p className="kern-body">
            {translateValidationMessage('passport_expires_before_start', locale)}{' '}
            {t('prechecks.job.passportEndsDate', { date: formatDate(hire.passportExpiry) })}
          </p>
        </Alert>
      ) : null}
    </div>
  );
}

/** Asked only when the hire will be 45 or older at the start (§ 18(2) Nr. 5 AufenthG). */
function PensionQuestion({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const yesNo = useYesNo();
  const startDate = useWatch({ name: 'answers.job.startDate' });
  if (!isIsoDate(startDate) || !asksPensionProvision(hire.dateOfBirth, startDate)) return null;
  const thresholds = resolveSalaryThresholds(Number(startDate.slice(0, 4)));
  return (
    <RadioGroupField
      name="answers.pensionProvision"
      legend={t('prechecks.job.pensionProvision')}
      hint={t('prechecks.job.pensionProvisionHint', {
        amount: formatEuro(thresholds.age45Eur),
        year: thresholds.year,
      })}
      horizontal
      options={yesNo}
    />
  );
}

/** Step "Stellenangebot": the job offer and the questions about the residence title. */
export function JobStepFields({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const yesNo = useYesNo();
  return (
    <>
      <Fieldset legend={t('prechecks.job.legend')}>
        <TextField
          name="answers.job.title"
          label={t('prechecks.job.title')}
          hint={t('prechecks.job.titleHint')}
          maxLength={200}
        />
        <OccupationSelect />
        <TextField
          name="answers.job.weeklyHours"
          label={t('prechecks.job.weeklyHours')}
          hint={t('prechecks.job.weeklyHoursHint')}
          inputMode="decimal"
          width="narrow"
          maxLength={5}
        />
        <TextField
          name="answers.job.annualGrossSalaryEur"
          label={t('prechecks.job.salary')}
          hint={t('prechecks.job.salaryHint')}
          inputMode="decimal"
          width="medium"
          maxLength={14}
        />
        <TextField
          name="answers.job.startDate"
          type="date"
          label={t('prechecks.job.startDate')}
          hint={t('prechecks.job.startDateHint')}
          width="medium"
        />
        <StartDateNotices hire={hire} />
        <TextField
          name="answers.job.placeOfWork"
          label={t('prechecks.job.placeOfWork')}
          hint={t('prechecks.job.placeOfWorkHint')}
          maxLength={200}
        />
        <RadioGroupField
          name="answers.job.permanent"
          legend={t('prechecks.job.permanent')}
          horizontal
          options={[
            { value: 'true', label: t('prechecks.job.permanentYes') },
            { value: 'false', label: t('prechecks.job.permanentNo') },
          ]}
        />
        <RadioGroupField
          name="answers.job.collectiveAgreement"
          legend={t('prechecks.job.collectiveAgreement')}
          hint={t('prechecks.job.collectiveAgreementHint')}
          horizontal
          options={yesNo}
        />
        <RadioGroupField
          name="answers.job.matchesQualification"
          legend={t('prechecks.job.matchesQualification')}
          hint={t('prechecks.job.matchesQualificationHint')}
          horizontal
          options={yesNo}
        />
      </Fieldset>
      <Fieldset legend={t('prechecks.job.residenceLegend')}>
        <RadioGroupField
          name="answers.firstResidenceTitleForWork"
          legend={t('prechecks.job.firstResidenceTitle')}
          hint={t('prechecks.job.firstResidenceTitleHint')}
          horizontal
          options={yesNo}
        />
        <PensionQuestion hire={hire} />
      </Fieldset>
    </>
  );
}
