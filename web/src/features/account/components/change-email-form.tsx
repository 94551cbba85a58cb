import { type CurrentUser, changeEmailSchema } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useChangeEmail } from '../api/change-email';
import { SuccessNotice } from './success-notice';

type ChangeEmailFormProps = {
  user: CurrentUser;
  onChanged: (user: CurrentUser) => unknown;
};

/** A new sign-in address; the current password proves it is the owner asking. */
export function ChangeEmailForm({ user, onChanged }: ChangeEmailFormProps) {
  const { t } = useTranslation();
  const change = useChangeEmail();
  const [changedTo, setChangedTo] = useState<string | null>(null);
  return (
    <div className="kern-stack">
      <p className="kern-body">{t('account.email.current', { email: user.email })}</p>
      {changedTo ? (
        <SuccessNotice key={changedTo} title={t('account.email.changed', { email: changedTo })} />
      ) : null}
      <Form
        schema={changeEmailSchema}
        defaultValues={{ email: '', currentPassword: '' }}
        idPrefix="account-email"
        submitLabel={t('account.email.submit')}
        aria-labelledby="account-email-heading"
        errorCodeFields={{ current_password_wrong: 'currentPassword', email_taken: 'email' }}
        resetOnSuccess
        onSubmit={async (values) => {
          setChangedTo(null);
          const result = await change.mutateAsync(values);
          await onChanged(result.user);
          setChangedTo(result.user.email);
        }}
      >
        <TextField
          name="email"
          type="email"
          label={t('account.email.newEmail')}
          autoComplete="email"
          spellCheck={false}
        />
        <TextField
          name="currentPassword"
          type="password"
          label={t('account.currentPassword')}
          autoComplete="current-password"
        />
      </Form>
    </div>
  );
}
