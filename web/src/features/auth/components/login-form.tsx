import { type CurrentUser, loginRequestSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useLogin } from '../api/login';

/** E-mail and password; calls `onLoggedIn` once the session exists. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: (user: CurrentUser) => unknown }) {
  const { t } = useTranslation();
  const login = useLogin();
  return (
    <Form
      schema={loginRequestSchema}
      defaultValues={{ email: '', password: '' }}
      idPrefix="login"
      submitLabel={t('auth.login.submit')}
      submittingLabel={t('auth.login.submitting')}
      summaryTitle={t('auth.login.errorSummaryTitle')}
      onSubmit={async (values) => {
        const { user } = await login.mutateAsync(values);
        await onLoggedIn(user);
      }}
    >
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="username"
        spellCheck={false}
      />
      <TextField
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="current-password"
      />
    </Form>
  );
}
