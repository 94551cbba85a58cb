import { type CurrentUser, isCityRole } from '@itc/shared';
import { useTranslation } from 'react-i18next';

export type NavItem = { to: string; label: string };

/** What a role finds in the main navigation: its pages, and the admin pages as one group. */
export function useNavItems(user: CurrentUser): { items: NavItem[]; adminItems: NavItem[] } {
  const { t } = useTranslation();
  const items: NavItem[] = [
    { to: '/', label: t('nav.home') },
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
  const adminItems: NavItem[] =
    user.role === 'city_admin'
      ? [
          { to: '/admin/employers', label: t('nav.verifyEmployers') },
          { to: '/admin/organizations', label: t('nav.organizations') },
          { to: '/admin/users', label: t('nav.users') },
          { to: '/admin/mailbox', label: t('nav.mailbox') },
          { to: '/admin/audit-log', label: t('nav.auditLog') },
          { to: '/admin/retention', label: t('nav.retention') },
        ]
      : [];
  return { items, adminItems };
}
