import { type CurrentUser, loginRequestSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useLogin } from '../api/login';

type LoginFormProps = {
  onLoggedIn: (user: CurrentUser) => unknown;
  /** The password was right and the account has a second factor: the code step is next. */
  onSecondFactor: () => unknown;
};

/** E-mail and password; calls `onLoggedIn` once the session exists. */
export function LoginForm({ onLoggedIn, onSecondFactor }: LoginFormProps) {
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
        const answer = await login.mutateAsync(values);
        await ('user' in answer ? onLoggedIn(answer.user) : onSecondFactor());
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
