import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { safeRedirectPath } from '../../../lib/safe-redirect';
import { useMe } from '../api/get-me';
import { LoginForm } from '../components/login-form';
import { SecondFactorForm } from '../components/second-factor-form';

/** `passwordReset`: coming from the reset page, where a new password was just set. */
type LoginLocationState = { loggedOut?: boolean; passwordReset?: boolean } | null;

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const { data: user } = useMe();
  const next = searchParams.get('next');
  const target = safeRedirectPath(next);
  const state = location.state as LoginLocationState;
  const [step, setStep] = useState<'password' | 'code'>('password');

  // Already logged in: straight on (not while logging out, when the user is about to go).
  if (user && !state?.loggedOut) return <Navigate to={target} replace />;

  if (step === 'code') {
    return (
      <div className="app-narrow kern-stack-lg">
        <PageHeading title={t('auth.secondFactor.challenge.title')} />
        <SecondFactorForm onLoggedIn={() => navigate(target, { replace: true })} />
        <Button variant="secondary" onClick={() => setStep('password')}>
          {t('auth.secondFactor.challenge.back')}
        </Button>
      </div>
    );
  }

  return (
    <div className="app-narrow kern-stack-lg">
      <PageHeading title={t('auth.login.title')}>{t('auth.login.intro')}</PageHeading>
      {state?.loggedOut ? (
        <Alert variant="success" title={t('auth.login.loggedOut')} role="status" />
      ) : null}
      {state?.passwordReset ? (
        <Alert variant="success" title={t('auth.passwordReset.reset.done')} role="status" />
      ) : null}
      {next && !state?.loggedOut ? (
        <Alert variant="info" title={t('auth.login.loginRequired')} />
      ) : null}
      <LoginForm
        onLoggedIn={() => navigate(target, { replace: true })}
        onSecondFactor={() => setStep('code')}
      />
      <p className="kern-body">
        <TextLink to="/forgot-password">{t('auth.login.forgotPassword')}</TextLink>
      </p>
      <section className="app-panel kern-stack-sm" aria-labelledby="login-register-heading">
        <h2 className="kern-heading-small" id="login-register-heading">
          {t('auth.login.noAccountHeading')}
        </h2>
        <p className="kern-body">{t('auth.login.noAccountText')}</p>
        <p className="kern-body">
          <TextLink to="/register">{t('auth.login.registerLink')}</TextLink>
        </p>
        <p className="kern-body kern-body--small">{t('auth.login.invitedText')}</p>
      </section>
    </div>
  );
}
