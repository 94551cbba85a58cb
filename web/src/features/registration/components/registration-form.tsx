import { type CurrentUser, employerRegistrationSchema, passwordMinLength } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../../components/ui/fieldset';
import { Form } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { getLocale } from '../../../lib/i18n';
import { useRegisterEmployer } from '../api/register-employer';

/** The form schema is the shared request schema itself: what the server checks, we check. */
const registrationFormSchema = employerRegistrationSchema;

export function RegistrationForm({
  onRegistered,
}: {
  onRegistered: (user: CurrentUser) => unknown;
}) {
  const { t } = useTranslation();
  const register = useRegisterEmployer();
  return (
    <Form
      schema={registrationFormSchema}
      idPrefix="registration"
      defaultValues={{
        company: {
          name: '',
          address: { street: '', postalCode: '', city: '' },
          handelsregisterNumber: '',
          betriebsnummer: '',
        },
        user: { name: '', email: '', password: '', locale: getLocale() },
      }}
      errorCodeFields={{ email_taken: 'user.email' }}
      submitLabel={t('registration.submit')}
      submittingLabel={t('registration.submitting')}
      onSubmit={async (values) => {
        const { user } = await register.mutateAsync(values);
        await onRegistered(user);
      }}
    >
      <Fieldset legend={t('registration.companyLegend')}>
        <TextField
          name="company.name"
          label={t('fields.companyName')}
          hint={t('registration.hints.companyName')}
          autoComplete="organization"
        />
        <TextField
          name="company.address.street"
          label={t('fields.street')}
          autoComplete="street-address"
        />
        <TextField
          name="company.address.postalCode"
          label={t('fields.postalCode')}
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={5}
          width="narrow"
        />
        <TextField
          name="company.address.city"
          label={t('fields.city')}
          autoComplete="address-level2"
        />
        <TextField
          name="company.handelsregisterNumber"
          label={t('fields.handelsregisterNumber')}
          hint={t('registration.hints.handelsregisterNumber')}
          width="medium"
          spellCheck={false}
        />
        <TextField
          name="company.betriebsnummer"
          label={t('fields.betriebsnummer')}
          hint={t('registration.hints.betriebsnummer')}
          inputMode="numeric"
          maxLength={8}
          width="medium"
        />
      </Fieldset>
      <Fieldset legend={t('registration.userLegend')} hint={t('registration.userLegendHint')}>
        <TextField
          name="user.name"
          label={t('fields.yourName')}
          hint={t('fields.yourNameHint')}
          autoComplete="name"
        />
        <TextField
          name="user.email"
          type="email"
          label={t('fields.email')}
          hint={t('registration.hints.email')}
          autoComplete="email"
          spellCheck={false}
        />
        <TextField
          name="user.password"
          type="password"
          label={t('fields.password')}
          hint={t('fields.passwordHint', { min: passwordMinLength })}
          autoComplete="new-password"
        />
        <SelectField
          name="user.locale"
          label={t('fields.language')}
          hint={t('fields.languageHint')}
          options={[
            { value: 'de', label: 'Deutsch', lang: 'de' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
        />
      </Fieldset>
    </Form>
  );
}
