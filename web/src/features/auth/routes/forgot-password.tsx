import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { ForgotPasswordForm } from '../components/forgot-password-form';

/** Public: asks for the address and says, neutrally, that a link is on its way. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);

  return (
    <div className="app-narrow kern-stack-lg">
      <PageHeading title={t('auth.passwordReset.request.title')}>
        {t('auth.passwordReset.request.intro')}
      </PageHeading>
      {sentTo ? (
        <Alert
          ref={confirmation}
          tabIndex={-1}
          variant="success"
          role="status"
          headingLevel={2}
          title={t('auth.passwordReset.request.sentTitle')}
        >
          <p className="kern-body">{t('auth.passwordReset.request.sentText', { email: sentTo })}</p>
        </Alert>
      ) : (
        <ForgotPasswordForm onSent={setSentTo} />
      )}
      <p className="kern-body">
        <TextLink to="/login">{t('auth.passwordReset.toLogin')}</TextLink>
      </p>
    </div>
  );
}
