import { useNavigate } from 'react-router';
import { QueryError } from '../../components/ui/query-error';
import { Spinner } from '../../components/ui/spinner';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { NewHirePage } from '../../features/hires/routes/new-hire-page';
import { useMandates } from '../../features/mandates/api/get-mandates';
import { isAdvisor } from './acting-roles';

/** Partners first choose the employer that mandated them; HR users register for their own. */
export function NewHireRoute() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const advisor = isAdvisor(user);
  const mandates = useMandates({ status: 'active' }, { enabled: advisor });
  if (advisor && mandates.isPending) return <Spinner />;
  if (advisor && mandates.isError) {
    return <QueryError error={mandates.error} onRetry={() => mandates.refetch()} />;
  }
  return (
    <NewHirePage
      employers={
        advisor
          ? (mandates.data ?? []).map((mandate) => ({
              id: mandate.employer.id,
              name: mandate.employer.name,
            }))
          : undefined
      }
      onCreated={(hire) => navigate(`/hires/${hire.id}`, { state: { created: true } })}
    />
  );
}
