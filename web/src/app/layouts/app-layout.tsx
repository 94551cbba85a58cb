import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { AccountLocale } from '../../features/auth/components/account-locale';
import { LanguageSwitch } from '../../features/auth/components/language-switch';
import { UserMenu } from '../../features/auth/components/user-menu';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { MainNav } from './main-nav';
import { NavigationProgress } from './navigation-progress';

/** After a route change, focus goes to the new page's h1 (or main) so screen readers follow. */
function useFocusOnNavigation(mainRef: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main || !pathname) return;
    const heading = main.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? main).focus({ preventScroll: false });
  }, [pathname, mainRef]);
}

/** The public pages every page links to, logged in or not. */
const footerLinks = [
  { to: '/contact', label: 'app.footerContact' },
  { to: '/imprint', label: 'app.footerImprint' },
  { to: '/privacy', label: 'app.footerPrivacy' },
  { to: '/accessibility', label: 'app.footerAccessibility' },
] as const;

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="app-skip-link" href="#main-content">
      {t('app.skipLink')}
    </a>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  const { data: user } = useMe();
  // Staff still to set up their second factor may not read notifications yet.
  const mayReadNotifications = Boolean(user && !user.mustEnrolSecondFactor);

  return (
    <div className="app-shell">
      <SkipLink />
      <NavigationProgress />
      <header className="app-header">
        <div className="kern-container app-header__bar">
          <Link to="/" className="app-brand">
            <span className="app-brand__title">{t('app.brand')}</span>
            <span className="app-brand__subline">{t('app.brandSubline')}</span>
          </Link>
          <div className="app-header__tools">
            <LanguageSwitch />
            <NotificationBell isAllowed={mayReadNotifications} />
            <UserMenu />
          </div>
        </div>
        <MainNav />
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        <div className="kern-container">
          <AccountLocale />
          <Outlet />
        </div>
      </main>
      <footer className="app-footer">
        <div className="kern-container app-footer__inner">
          <p className="kern-body kern-body--small">{t('app.footerText')}</p>
          <nav aria-label={t('app.footerNav')}>
            <ul className="kern-list kern-list--horizontal app-footer__links">
              {footerLinks.map((link) => (
                <li key={link.to}>
                  <Link className="kern-link" to={link.to}>
                    {t(link.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
