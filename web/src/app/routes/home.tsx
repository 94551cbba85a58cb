import { useLocation } from 'react-router';
import { usePendingEmployerCount } from '../../features/admin/api/get-organizations';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { useCaseOverview } from '../../features/home/api/get-case-overview';
import { HomePage } from '../../features/home/routes/home-page';
import { useOrganization } from '../../features/organization/api/get-organization';

/**
 * Composes the start page from the user (auth), the organisation, the admin's employer queue
 * and the reviewer's case counts.
 */
export function HomeRoute() {
  const user = useCurrentUser();
  const location = useLocation();
  const organization = useOrganization(user.organization.id);
  const isAdmin = user.role === 'city_admin';
  const pending = usePendingEmployerCount({ enabled: isAdmin });
  const isReviewer = user.role === 'city_reviewer';
  const caseOverview = useCaseOverview({ enabled: isReviewer });
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
      caseOverview={
        isReviewer
          ? { data: caseOverview.data, error: caseOverview.error, refetch: caseOverview.refetch }
          : undefined
      }
      justRegistered={justRegistered}
    />
  );
}
