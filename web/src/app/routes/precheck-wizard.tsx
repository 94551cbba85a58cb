import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { QueryError } from '../../components/ui/query-error';
import { Spinner } from '../../components/ui/spinner';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { useHire } from '../../features/hires/api/get-hire';
import { hireKeys } from '../../features/hires/api/keys';
import { useUpdateHire } from '../../features/hires/api/update-hire';
import { HireSummary } from '../../features/hires/components/hire-details';
import { useMandates } from '../../features/mandates/api/get-mandates';
import { useOrganization } from '../../features/organization/api/get-organization';
import { usePrecheck } from '../../features/prechecks/api/get-precheck';
import { PrecheckWizardPage } from '../../features/prechecks/routes/precheck-wizard-page';
import { isAdvisor } from './acting-roles';

/**
 * The wizard gets its hire from the hires feature (shown, and updated from the qualification
 * step) and the employer's verification from the session or, for partners, their mandates.
 */
export function PrecheckWizardRoute() {
  const { precheckId = '', step = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const precheck = usePrecheck(precheckId);
  const hireId = precheck.data?.hireId ?? '';
  const hire = useHire(hireId, { enabled: hireId !== '' });
  const updateHire = useUpdateHire();
  const advisor = isAdvisor(user);
  const mandates = useMandates({ status: 'active' }, { enabled: advisor });
  const ownOrganization = useOrganization(user.organization.id);

  if (precheck.isError) {
    return <QueryError error={precheck.error} onRetry={() => precheck.refetch()} />;
  }
  if (hire.isError) return <QueryError error={hire.error} onRetry={() => hire.refetch()} />;
  if (!precheck.data || !hire.data) return <Spinner />;

  const employerStatus = advisor
    ? mandates.data?.find((mandate) => mandate.employer.id === precheck.data.organizationId)
        ?.employer.verificationStatus
    : (ownOrganization.data?.verificationStatus ?? user.organization.verificationStatus);
  const wizardPath = `/prechecks/${precheckId}/${step || precheck.data.step}`;

  return (
    <PrecheckWizardPage
      precheck={precheck.data}
      hire={hire.data}
      step={step}
      hireSummary={<HireSummary hire={hire.data} />}
      hireEditTo={`/hires/${hireId}/edit?returnTo=${encodeURIComponent(wizardPath)}`}
      employerStatus={employerStatus}
      onUpdateHire={(body) => updateHire.mutateAsync({ id: hireId, body })}
      onSubmitted={async () => {
        // Submitting moves the hire into the procedure.
        await queryClient.invalidateQueries({ queryKey: hireKeys.all });
        await navigate(`/prechecks/${precheckId}/submitted`);
      }}
    />
  );
}
