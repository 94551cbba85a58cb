import { cityRoles } from '@itc/shared';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { CasesPage } from '../../features/cases/routes/cases-page';

/**
 * "My cases" for the employer side; the reviewer queue for city staff. An employer's own staff
 * see only its cases, so the company column would repeat its name in every row.
 */
export function CasesRoute() {
  const user = useCurrentUser();
  return (
    <CasesPage
      isCity={cityRoles.includes(user.role)}
      showCompany={user.organization.type !== 'employer'}
    />
  );
}
