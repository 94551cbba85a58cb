import type { CurrentUser } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { RegistrationForm } from '../components/registration-form';

/** Employer self-registration; `onRegistered` receives the new session's user. */
export function RegistrationPage({
  onRegistered,
}: {
  onRegistered: (user: CurrentUser) => unknown;
}) {
  const { t } = useTranslation();
  return (
    <div className="app-narrow kern-stack-lg">
      <PageHeading title={t('registration.title')}>{t('registration.intro')}</PageHeading>
      <section className="app-panel kern-stack-sm" aria-labelledby="registration-steps-heading">
        <h2 className="kern-heading-small" id="registration-steps-heading">
          {t('registration.stepsHeading')}
        </h2>
        <ol className="kern-list kern-list--number">
          <li>{t('registration.steps.immediate')}</li>
          <li>{t('registration.steps.review')}</li>
          <li>{t('registration.steps.afterReview')}</li>
        </ol>
      </section>
      <p className="kern-body">{t('form.allRequired')}</p>
      <RegistrationForm onRegistered={onRegistered} />
      <p className="kern-body kern-body--small">
        {t('registration.privacyText')}{' '}
        <TextLink to="/privacy">{t('registration.privacyLink')}</TextLink>
      </p>
      <p className="kern-body">
        {t('registration.haveAccount')} <TextLink to="/login">{t('registration.toLogin')}</TextLink>
      </p>
    </div>
  );
}
