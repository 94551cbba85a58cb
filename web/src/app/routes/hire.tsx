import { isCityRole } from '@itc/shared';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { HirePage } from '../../features/hires/routes/hire-page';
import { PrechecksSection } from '../../features/prechecks/components/prechecks-section';
import { canActOnHires } from './acting-roles';

/** A hire's page with its pre-checks (composed from the hires and pre-checks features). */
export function HireRoute() {
  const { hireId = '' } = useParams();
  const user = useCurrentUser();
  const canAct = canActOnHires(user);
  return (
    <HirePage
      hireId={hireId}
      canEdit={canAct}
      // Mandated partners prepare cases, but the employer and the city answer for the data.
      canExportPersonalData={user.role === 'employer_hr' || isCityRole(user.role)}
      renderPrechecks={(hire) => (
        <PrechecksSection
          hireId={hire.id}
          hireIsActive={hire.status === 'active'}
          canAct={canAct}
        />
      )}
    />
  );
}
