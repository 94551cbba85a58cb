import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { ApiError } from '../../../lib/api-client';
import { usePasswordReset } from '../api/get-password-reset';
import { ResetPasswordForm } from '../components/reset-password-form';

/** Opened from the reset email: checks the link first, then asks for the new password. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const reset = usePasswordReset(token);
  const isInvalid =
    reset.error instanceof ApiError &&
    (reset.error.code === 'password_reset_invalid' || reset.error.code === 'validation_failed');

  return (
    <div className="app-narrow kern-stack-lg">
      <PageHeading title={t('auth.passwordReset.reset.title')} />
      {reset.isPending ? <Spinner /> : null}
      {isInvalid ? (
        <Alert
          variant="warning"
          title={t('auth.passwordReset.reset.invalidTitle')}
          headingLevel={2}
        >
          <p className="kern-body">{t('auth.passwordReset.reset.invalidText')}</p>
          <p className="kern-body">
            <TextLink to="/forgot-password">{t('auth.passwordReset.reset.requestNew')}</TextLink>
          </p>
        </Alert>
      ) : null}
      {reset.isError && !isInvalid ? (
        <QueryError error={reset.error} onRetry={() => reset.refetch()} />
      ) : null}
      {reset.data ? (
        <>
          <p className="kern-body">
            {t('auth.passwordReset.reset.intro', { email: reset.data.email })}
          </p>
          <ResetPasswordForm
            token={token}
            email={reset.data.email}
            onReset={() => navigate('/login', { replace: true, state: { passwordReset: true } })}
          />
        </>
      ) : null}
    </div>
  );
}
