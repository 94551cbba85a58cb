import { changePasswordSchema, passwordMinLength } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useChangePassword } from '../api/change-password';
import { SuccessNotice } from './success-notice';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [changed, setChanged] = useState(0);
  return (
    <div className="kern-stack">
      {changed ? <SuccessNotice key={changed} title={t('account.password.changed')} /> : null}
      <Form
        schema={changePasswordSchema}
        defaultValues={{ currentPassword: '', newPassword: '' }}
        idPrefix="account-password"
        submitLabel={t('account.password.submit')}
        aria-labelledby="account-password-heading"
        errorCodeFields={{ current_password_wrong: 'currentPassword' }}
        resetOnSuccess
        onSubmit={async (values) => {
          setChanged(0);
          await change.mutateAsync(values);
          setChanged((n) => n + 1);
        }}
      >
        <TextField
          name="currentPassword"
          type="password"
          label={t('account.currentPassword')}
          autoComplete="current-password"
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('account.password.newPassword')}
          hint={t('fields.passwordHint', { min: passwordMinLength })}
          autoComplete="new-password"
        />
      </Form>
    </div>
  );
}
