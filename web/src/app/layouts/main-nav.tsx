import { type CurrentUser, isCityRole } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';

type NavItem = { to: string; label: string; end?: boolean };

function useNavItems(user: CurrentUser): NavItem[] {
  const { t } = useTranslation();
  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), end: true },
    // City staff browse hires read-only; employers and partners register them.
    { to: '/hires', label: t('nav.hires') },
    { to: '/cases', label: t('nav.cases') },
  ];
  if (user.role === 'employer_hr')
    items.push({ to: '/mandates', label: t('nav.mandatesEmployer') });
  if (user.role === 'ihk_advisor' || user.role === 'jobcenter_advisor') {
    items.push({ to: '/mandates', label: t('nav.mandatesPartner') });
  }
  if (isCityRole(user.role)) {
    items.push({ to: '/cases/dashboard', label: t('nav.casesDashboard') });
  }
  items.push({ to: '/events', label: t('nav.events') });
  items.push({
    to: '/organization',
    label: user.organization.type === 'employer' ? t('nav.myCompany') : t('nav.myOrganization'),
  });
  if (user.role === 'city_admin') {
    items.push(
      { to: '/admin/employers', label: t('nav.verifyEmployers') },
      { to: '/admin/organizations', label: t('nav.organizations') },
      { to: '/admin/users', label: t('nav.users') },
      { to: '/admin/mailbox', label: t('nav.mailbox') },
      { to: '/admin/audit-log', label: t('nav.auditLog') },
      { to: '/admin/retention', label: t('nav.retention') },
    );
  }
  return items;
}

function MainNavItems({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const items = useNavItems(user);
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <div className="kern-container">
        <ul className="app-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="app-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
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
