import { useLocation } from 'react-router';
import { usePendingEmployerCount } from '../../features/admin/api/get-organizations';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { HomePage } from '../../features/home/routes/home-page';
import { useOrganization } from '../../features/organization/api/get-organization';

/** Composes the start page from the user (auth), the organisation and the admin queue. */
export function HomeRoute() {
  const user = useCurrentUser();
  const location = useLocation();
  const organization = useOrganization(user.organization.id);
  const isAdmin = user.role === 'city_admin';
  const pending = usePendingEmployerCount({ enabled: isAdmin });
  const justRegistered = (location.state as { registered?: boolean } | null)?.registered === true;

  return (
    <HomePage
      user={user}
      organization={{
        data: organization.data,
        error: organization.error,
        refetch: organization.refetch,
      }}
      pendingEmployers={
        isAdmin ? { data: pending.data, error: pending.error, refetch: pending.refetch } : undefined
      }
      justRegistered={justRegistered}
    />
  );
}
