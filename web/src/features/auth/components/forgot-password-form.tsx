import { passwordResetRequestSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useRequestPasswordReset } from '../api/request-password-reset';

/** Asks for the address; `onSent` gets it once the server has accepted the request. */
export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => unknown }) {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  return (
    <Form
      schema={passwordResetRequestSchema}
      defaultValues={{ email: '' }}
      idPrefix="forgot-password"
      submitLabel={t('auth.passwordReset.request.submit')}
      submittingLabel={t('form.submitting')}
      onSubmit={async ({ email }) => {
        await request.mutateAsync({ email });
        await onSent(email);
      }}
    >
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        hint={t('auth.passwordReset.request.emailHint')}
        autoComplete="username"
        spellCheck={false}
      />
    </Form>
  );
}
