import { passwordMinLength, passwordResetConfirmSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';

/** The token comes from the link, so the form only asks for the new password. */
const resetPasswordFormSchema = passwordResetConfirmSchema.pick({ password: true });

type ResetPasswordFormProps = {
  token: string;
  /** The account's address, for password managers that store the new password under it. */
  email: string;
  onReset: () => unknown;
};

export function ResetPasswordForm({ token, email, onReset }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  return (
    <Form
      schema={resetPasswordFormSchema}
      defaultValues={{ password: '' }}
      idPrefix="reset-password"
      submitLabel={t('auth.passwordReset.reset.submit')}
      submittingLabel={t('form.submitting')}
      onSubmit={async ({ password }) => {
        await confirm.mutateAsync({ token, password });
        await onReset();
      }}
    >
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField
        name="password"
        type="password"
        label={t('auth.passwordReset.reset.passwordLabel')}
        hint={t('fields.passwordHint', { min: passwordMinLength })}
        autoComplete="new-password"
      />
    </Form>
  );
}
