import type { CurrentUser } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ChangeEmailForm } from '../components/change-email-form';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileForm } from '../components/profile-form';
import { SecondFactorPanel } from '../components/second-factor-panel';
import { SessionsPanel } from '../components/sessions-panel';

type AccountPageProps = {
  user: CurrentUser;
  /** The server's answer after a change of name, language or email, for the session. */
  onUserChanged: (user: CurrentUser) => unknown;
};

/** "Mein Konto": the signed-in user's own name, language, password, address and sessions. */
export function AccountPage({ user, onUserChanged }: AccountPageProps) {
  const { t } = useTranslation();
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('account.title')}>{t('account.intro')}</PageHeading>
      <section className="kern-stack app-narrow" aria-labelledby="account-profile-heading">
        <h2 className="kern-heading-medium" id="account-profile-heading">
          {t('account.profile.heading')}
        </h2>
        <ProfileForm user={user} onSaved={onUserChanged} />
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="account-password-heading">
        <h2 className="kern-heading-medium" id="account-password-heading">
          {t('account.password.heading')}
        </h2>
        <p className="kern-body">{t('account.password.intro')}</p>
        <ChangePasswordForm />
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="account-email-heading">
        <h2 className="kern-heading-medium" id="account-email-heading">
          {t('account.email.heading')}
        </h2>
        <ChangeEmailForm user={user} onChanged={onUserChanged} />
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="account-second-factor-heading">
        <h2 className="kern-heading-medium" id="account-second-factor-heading">
          {t('auth.secondFactor.panel.heading')}
        </h2>
        <SecondFactorPanel user={user} onChanged={onUserChanged} />
      </section>
      <section className="kern-stack" aria-labelledby="account-sessions-heading">
        <h2 className="kern-heading-medium" id="account-sessions-heading">
          {t('account.sessions.heading')}
        </h2>
        <p className="kern-body">{t('account.sessions.intro')}</p>
        <SessionsPanel />
      </section>
    </div>
  );
}
