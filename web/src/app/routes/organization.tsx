import { useCurrentUser } from '../../features/auth/api/get-me';
import { OrganizationPage } from '../../features/organization/routes/organization-page';

export function OrganizationRoute() {
  const user = useCurrentUser();
  return (
    <OrganizationPage
      organizationId={user.organization.id}
      organizationName={user.organization.name}
      currentUserId={user.id}
      canInvite={user.role === 'employer_hr'}
      isEmployer={user.organization.type === 'employer'}
    />
  );
}
