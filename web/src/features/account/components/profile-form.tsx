import { type CurrentUser, updateProfileSchema } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { RadioGroupField } from '../../../components/ui/radio-group-field';
import { TextField } from '../../../components/ui/text-field';
import { useUpdateProfile } from '../api/update-profile';
import { SuccessNotice } from './success-notice';

type ProfileFormProps = {
  user: CurrentUser;
  onSaved: (user: CurrentUser) => unknown;
};

/** Name and language; the language is also that of the portal's emails. */
export function ProfileForm({ user, onSaved }: ProfileFormProps) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [saved, setSaved] = useState(0);
  return (
    <div className="kern-stack">
      {saved ? <SuccessNotice key={saved} title={t('account.profile.saved')} /> : null}
      <Form
        schema={updateProfileSchema}
        defaultValues={{ name: user.name, locale: user.locale }}
        idPrefix="account-profile"
        submitLabel={t('account.profile.submit')}
        aria-labelledby="account-profile-heading"
        onSubmit={async (values) => {
          setSaved(0);
          const result = await update.mutateAsync(values);
          await onSaved(result.user);
          setSaved((n) => n + 1);
        }}
      >
        <TextField name="name" label={t('fields.name')} autoComplete="name" />
        <RadioGroupField
          name="locale"
          legend={t('account.profile.locale')}
          hint={t('account.profile.localeHint')}
          options={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form>
    </div>
  );
}
