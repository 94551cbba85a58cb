import { useCurrentUser } from '../../features/auth/api/get-me';
import { HiresPage } from '../../features/hires/routes/hires-page';
import { useMandates } from '../../features/mandates/api/get-mandates';
import { canActOnHires, isAdvisor } from './acting-roles';

/** The hires list; partners filter by the employers that mandated them. */
export function HiresRoute() {
  const user = useCurrentUser();
  const advisor = isAdvisor(user);
  const mandates = useMandates({ status: 'active' }, { enabled: advisor });
  return (
    <HiresPage
      canCreate={canActOnHires(user)}
      showEmployer={user.organization.type !== 'employer'}
      employers={
        advisor
          ? mandates.data?.map((mandate) => ({
              id: mandate.employer.id,
              name: mandate.employer.name,
            }))
          : undefined
      }
    />
  );
}
