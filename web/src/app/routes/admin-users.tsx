import { UsersPage } from '../../features/admin/routes/users-page';
import { useCurrentUser } from '../../features/auth/api/get-me';

export function AdminUsersRoute() {
  const user = useCurrentUser();
  return <UsersPage currentUserId={user.id} />;
}
