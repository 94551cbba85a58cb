import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { useMe } from '../api/get-me';

/** Renders its child routes for logged-in users; everyone else goes to /login?next=… */
export function ProtectedRoute() {
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Spinner />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
