import type { Role } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { useCurrentUser } from '../api/get-me';

/** Renders its child routes only for the given roles; others learn that the page is not theirs. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const user = useCurrentUser();
  const { t } = useTranslation();
  if (roles.includes(user.role)) return <Outlet />;
  return (
    <>
      <PageHeading title={t('routeError.forbidden.title')} />
      <Alert variant="warning" title={t('routeError.forbidden.heading')}>
        <p className="kern-body">{t('routeError.forbidden.text')}</p>
        <p className="kern-body">
          <TextLink to="/">{t('common.backToStart')}</TextLink>
        </p>
      </Alert>
    </>
  );
}
