import { useNavigate } from 'react-router';
import { SecondFactorSetupPage } from '../../features/account/routes/second-factor-setup-page';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { useSetCurrentUser } from '../../features/auth/api/set-current-user';

export function SecondFactorSetupRoute() {
  const user = useCurrentUser();
  const setCurrentUser = useSetCurrentUser();
  const navigate = useNavigate();
  return (
    <SecondFactorSetupPage
      onDone={() => {
        setCurrentUser({ ...user, secondFactorEnabled: true, mustEnrolSecondFactor: false });
        navigate('/', { replace: true });
      }}
    />
  );
}
