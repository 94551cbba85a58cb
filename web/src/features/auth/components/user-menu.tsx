import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ButtonLink } from '../../../components/ui/button';
import { useErrorMessage } from '../../../lib/errors';
import { useMe } from '../api/get-me';
import { useLogout } from '../api/logout';

/** Who is logged in (name, organisation) and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useMe();
  const logout = useLogout({
    beforeEnd: () =>
      navigate('/login', { replace: true, flushSync: true, state: { loggedOut: true } }),
  });
  const errorMessage = useErrorMessage();
  if (!user) return null;

  return (
    <div className="app-user-menu">
      <p className="app-user-menu__who">
        <span className="kern-sr-only">{t('nav.userMenu.loggedInAs')} </span>
        <span className="app-user-menu__name">{user.name}</span>
        <span className="app-user-menu__org">{user.organization.name}</span>
      </p>
      <ButtonLink to="/account" variant="tertiary" size="small">
        {t('nav.userMenu.account')}
      </ButtonLink>
      <Button
        variant="secondary"
        size="small"
        icon="logout"
        disabled={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {t('nav.userMenu.logout')}
      </Button>
      {logout.isError ? (
        <p className="kern-error app-user-menu__error" role="alert">
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body kern-body--small">{errorMessage(logout.error)}</span>
        </p>
      ) : null}
    </div>
  );
}
