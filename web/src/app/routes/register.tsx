import { useRef } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useStartSession } from '../../features/auth/api/session';
import { RegistrationPage } from '../../features/registration/routes/registration-page';

/** Registration logs the new HR user in at once; the start page then explains the review. */
export function RegisterRoute() {
  const navigate = useNavigate();
  const { data: user } = useMe();
  const startSession = useStartSession();
  const isRegistering = useRef(false);
  // Someone already logged in has no business here; a fresh registrant is sent on below.
  if (user && !isRegistering.current) return <Navigate to="/" replace />;
  return (
    <RegistrationPage
      onRegistered={async (registered) => {
        isRegistering.current = true;
        startSession(registered);
        await navigate('/', { replace: true, state: { registered: true } });
      }}
    />
  );
}
