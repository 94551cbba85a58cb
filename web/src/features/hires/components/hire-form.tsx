import { needsResidenceProcedure } from '@itc/shared';
import { useMemo } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  LanguageExperienceFields,
  QualificationFields,
} from '../../../components/qualification-fields';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Fieldset } from '../../../components/ui/fieldset';
import { Form } from '../../../components/ui/form';
import { RadioGroupField } from '../../../components/ui/radio-group-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToday } from '../../../lib/clock';
import { useCountryOptions, useLocale } from '../../../lib/use-country-options';
import {
  createHireFormSchema,
  emptyFamilyMember,
  type HireFormOutput,
  type toHireFormValues,
} from '../utils/hire-form-schema';

/** An employer a partner may register hires for (from its active mandates). */
export type EmployerOption = { id: string; name: string };

type HireFormProps = {
  defaultValues: ReturnType<typeof toHireFormValues>;
  /** Only for partners: the employers that gave them a mandate. */
  employers?: EmployerOption[];
  submitLabel: string;
  submittingLabel: string;
  onSubmit: (values: HireFormOutput) => Promise<unknown>;
  secondaryActions?: React.ReactNode;
};

/** Says at once that EU, EEA and Swiss citizens need no procedure. */
function FreeMovementNotice() {
  const { t } = useTranslation();
  const nationality = useWatch({ name: 'nationality' }) as string | undefined;
  const isFree = Boolean(nationality) && !needsResidenceProcedure(nationality ?? '');
  return (
    <div role="status">
      {isFree ? (
        <Alert variant="info" title={t('hires.form.freeMovement.title')}>
          <p className="kern-body">{t('hires.form.freeMovement.text')}</p>
        </Alert>
      ) : null}
    </div>
  );
}

function FamilyMembers() {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'familyMembers' });
  return (
    <Fieldset legend={t('hires.form.familyLegend')} hint={t('hires.form.familyHint')}>
      {fields.length === 0 ? (
        <p className="kern-body kern-body--muted">{t('hires.form.familyNone')}</p>
      ) : null}
      {fields.map((field, index) => {
        const person = t('hires.form.familyPerson', { number: index + 1 });
        const name = (key: string) => `familyMembers.${index}.${key}`;
        const summaryLabel = (label: string) => `${label} (${person})`;
        return (
          <fieldset className="kern-fieldset app-subfieldset" key={field.id}>
            <legend className="kern-label">{person}</legend>
            <div className="kern-fieldset__body">
              <RadioGroupField
                name={name('relation')}
                legend={t('hires.form.relation')}
                summaryLabel={summaryLabel(t('hires.form.relation'))}
                horizontal
                options={[
                  { value: 'spouse', label: t('hires.relation.spouse') },
                  { value: 'child', label: t('hires.relation.child') },
                ]}
              />
              <TextField
                name={name('givenNames')}
                label={t('hires.fields.givenNames')}
                summaryLabel={summaryLabel(t('hires.fields.givenNames'))}
              />
              <TextField
                name={name('familyName')}
                label={t('hires.fields.familyName')}
                summaryLabel={summaryLabel(t('hires.fields.familyName'))}
              />
              <TextField
                name={name('dateOfBirth')}
                type="date"
                label={t('hires.fields.dateOfBirth')}
                summaryLabel={summaryLabel(t('hires.fields.dateOfBirth'))}
                width="medium"
              />
              <SelectField
                name={name('nationality')}
                label={t('hires.fields.nationality')}
                summaryLabel={summaryLabel(t('hires.fields.nationality'))}
                options={countries}
                placeholder={t('form.choose')}
              />
              <TextField
                name={name('passportNumber')}
                label={t('hires.fields.passportNumber')}
                summaryLabel={summaryLabel(t('hires.fields.passportNumber'))}
                width="medium"
                spellCheck={false}
                optional
              />
              <div>
                <Button
                  variant="secondary"
                  size="small"
                  icon="delete"
                  onClick={() => remove(index)}
                >
                  {t('hires.form.removeFamilyMember', { person })}
                </Button>
              </div>
            </div>
          </fieldset>
        );
      })}
      {fields.length < 10 ? (
        <div>
          <Button
            variant="secondary"
            icon="add"
            onClick={() =>
              append(emptyFamilyMember, {
                shouldFocus: true,
                focusName: `familyMembers.${fields.length}.relation`,
              })
            }
          >
            {t('hires.form.addFamilyMember')}
          </Button>
        </div>
      ) : null}
    </Fieldset>
  );
}

/** Create and edit an international hire; names and passport data as in the passport. */
export function HireForm({
  defaultValues,
  employers,
  submitLabel,
  submittingLabel,
  onSubmit,
  secondaryActions,
}: HireFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useCountryOptions();
  const withEmployer = employers !== undefined;
  const today = useToday();
  const schema = useMemo(
    () => createHireFormSchema({ locale, today, withEmployer }),
    [locale, today, withEmployer],
  );
  return (
    <Form
      schema={schema}
      idPrefix="hire"
      defaultValues={defaultValues}
      submitLabel={submitLabel}
      submittingLabel={submittingLabel}
      secondaryActions={secondaryActions}
      onSubmit={(values) => onSubmit(values)}
    >
      <p className="kern-body">{t('form.allRequired')}</p>
      {employers ? (
        <SelectField
          name="organizationId"
          label={t('hires.fields.employer')}
          hint={t('hires.form.employerHint')}
          placeholder={t('form.choose')}
          options={employers.map((employer) => ({ value: employer.id, label: employer.name }))}
        />
      ) : null}
      <Fieldset legend={t('hires.form.personLegend')} hint={t('hires.form.personHint')}>
        <TextField
          name="givenNames"
          label={t('hires.fields.givenNames')}
          hint={t('hires.form.givenNamesHint')}
          autoComplete="off"
        />
        <TextField name="familyName" label={t('hires.fields.familyName')} autoComplete="off" />
        <TextField
          name="dateOfBirth"
          type="date"
          label={t('hires.fields.dateOfBirth')}
          width="medium"
        />
        <SelectField
          name="nationality"
          label={t('hires.fields.nationality')}
          options={countries}
          placeholder={t('form.choose')}
        />
        <FreeMovementNotice />
        <TextField
          name="email"
          type="email"
          label={t('hires.fields.email')}
          hint={t('hires.form.emailHint')}
          spellCheck={false}
          optional
        />
      </Fieldset>
      <Fieldset legend={t('hires.form.passportLegend')}>
        <TextField
          name="passportNumber"
          label={t('hires.fields.passportNumber')}
          hint={t('hires.form.passportNumberHint')}
          width="medium"
          spellCheck={false}
        />
        <TextField
          name="passportExpiry"
          type="date"
          label={t('hires.fields.passportExpiry')}
          hint={t('hires.form.passportExpiryHint')}
          width="medium"
        />
        <SelectField
          name="residenceCountry"
          label={t('hires.fields.residenceCountry')}
          options={countries}
          placeholder={t('form.choose')}
        />
      </Fieldset>
      <Fieldset legend={t('hires.form.qualificationLegend')}>
        <QualificationFields prefix="qualification" />
      </Fieldset>
      <Fieldset legend={t('hires.form.languageLegend')}>
        <LanguageExperienceFields />
      </Fieldset>
      <FamilyMembers />
    </Form>
  );
}
