import type { CurrentUser } from '@itc/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DisclosureMenu } from '../../components/ui/disclosure-menu';
import { useEscape } from '../../components/ui/use-escape';
import { useMe } from '../../features/auth/api/get-me';
import { findCurrentNavTarget } from './current-nav-item';
import { useNavItems } from './nav-items';

/**
 * One row of links on wide screens; on a phone the row folds away behind a menu button
 * (styles/app.css shows the button and hides the closed list below the breakpoint).
 */
function MainNavItems({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { items, adminItems } = useNavItems(user);
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const current = findCurrentNavTarget(
    pathname,
    [...items, ...adminItems].map((item) => item.to),
  );
  const close = () => setOpen(false);
  useEscape(navRef, isOpen, () => {
    close();
    toggleRef.current?.focus();
  });

  return (
    <nav ref={navRef} className="app-nav" aria-label={t('nav.label')}>
      <div className="kern-container app-nav__inner">
        <button
          ref={toggleRef}
          type="button"
          className="kern-btn kern-btn--secondary kern-btn--x-small app-nav__toggle"
          aria-expanded={isOpen}
          aria-controls={listId}
          onClick={() => setOpen((open) => !open)}
        >
          <span
            className={`kern-icon kern-icon--${isOpen ? 'close' : 'dehaze'}`}
            aria-hidden="true"
          />
          <span className="kern-label">{t('nav.menu')}</span>
        </button>
        <ul id={listId} className="app-nav__list" data-open={isOpen}>
          {items.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="app-nav__link"
                aria-current={item.to === current ? 'page' : undefined}
                onClick={close}
              >
                {item.label}
              </Link>
            </li>
          ))}
          {adminItems.length > 0 ? (
            <li>
              <DisclosureMenu
                label={t('nav.admin')}
                links={adminItems}
                currentTo={current}
                buttonClassName="app-nav__link"
                onNavigate={close}
              />
            </li>
          ) : null}
        </ul>
      </div>
    </nav>
  );
}

/** Role-based main navigation; only for logged-in users (the public pages link to each other). */
export function MainNav() {
  const { data: user } = useMe();
  // Until staff set up their second factor, the setup page is all there is.
  if (!user || user.mustEnrolSecondFactor) return null;
  return <MainNavItems user={user} />;
}
