import { useCurrentUser } from '../../features/auth/api/get-me';
import { EmployerMandatesPage } from '../../features/mandates/routes/employer-mandates-page';
import { PartnerMandatesPage } from '../../features/mandates/routes/partner-mandates-page';

/** Employers grant and revoke mandates; partners see who mandated them. */
export function MandatesRoute() {
  const user = useCurrentUser();
  return user.role === 'employer_hr' ? <EmployerMandatesPage /> : <PartnerMandatesPage />;
}
