import { useNavigate, useParams } from 'react-router';
import { useStartSession } from '../../features/auth/api/session';
import { AcceptInvitationPage } from '../../features/invitations/routes/accept-invitation-page';

export function InvitationRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartSession();
  return (
    <AcceptInvitationPage
      token={token}
      onAccepted={async (user) => {
        startSession(user);
        await navigate('/', { replace: true });
      }}
    />
  );
}
