import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { useMe } from '../api/get-me';

/** Where city staff without a second factor must go first (the server refuses all else). */
export const secondFactorSetupPath = '/second-factor/setup';

/**
 * Renders its child routes for logged-in users; everyone else goes to /login?next=… Staff who
 * still have to set up their second factor see only the setup page.
 */
export function ProtectedRoute() {
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Spinner />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.mustEnrolSecondFactor && location.pathname !== secondFactorSetupPath) {
    return <Navigate to={secondFactorSetupPath} replace />;
  }
  return <Outlet />;
}
