import type { CurrentUser } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { DescriptionList } from '../../../components/ui/description-list';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { ApiError } from '../../../lib/api-client';
import { useInvitation } from '../api/get-invitation';
import { AcceptInvitationForm } from '../components/accept-invitation-form';

type AcceptInvitationPageProps = {
  token: string;
  onAccepted: (user: CurrentUser) => unknown;
};

/** Opened from the invitation e-mail: shows who is invited where, then asks for a password. */
export function AcceptInvitationPage({ token, onAccepted }: AcceptInvitationPageProps) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);

  const isInvalid =
    invitation.error instanceof ApiError &&
    (invitation.error.code === 'invitation_invalid' || invitation.error.status === 404);

  return (
    <div className="app-narrow kern-stack-lg">
      <PageHeading title={t('invitations.title')} />
      {invitation.isPending ? <Spinner /> : null}
      {isInvalid ? (
        <Alert variant="warning" title={t('invitations.invalidTitle')} headingLevel={2}>
          <p className="kern-body">{t('invitations.invalidText')}</p>
          <p className="kern-body">
            <TextLink to="/login">{t('invitations.toLogin')}</TextLink>
          </p>
        </Alert>
      ) : null}
      {invitation.isError && !isInvalid ? (
        <QueryError error={invitation.error} onRetry={() => invitation.refetch()} />
      ) : null}
      {invitation.data ? (
        <>
          <p className="kern-body kern-body--large">
            {t('invitations.intro', { organization: invitation.data.organizationName })}
          </p>
          <DescriptionList
            items={[
              { key: 'name', label: t('fields.name'), value: invitation.data.name },
              { key: 'email', label: t('fields.email'), value: invitation.data.email },
              {
                key: 'organization',
                label: t('fields.organization'),
                value: invitation.data.organizationName,
              },
              { key: 'role', label: t('fields.role'), value: t(`roles.${invitation.data.role}`) },
            ]}
          />
          <section className="kern-stack" aria-labelledby="invitation-password-heading">
            <h2 className="kern-heading-medium" id="invitation-password-heading">
              {t('invitations.passwordHeading')}
            </h2>
            <p className="kern-body">{t('invitations.passwordText')}</p>
            <AcceptInvitationForm token={token} onAccepted={onAccepted} />
          </section>
          <p className="kern-body kern-body--small">
            {t('invitations.privacyText')}{' '}
            <TextLink to="/privacy">{t('registration.privacyLink')}</TextLink>
          </p>
        </>
      ) : null}
    </div>
  );
}
