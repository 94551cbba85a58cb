import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { CasePage } from '../../features/cases/routes/case-page';

/** A case's page; what the caller sees and may do comes with the case (`access`, `can`). */
export function CaseRoute() {
  const { caseId = '' } = useParams();
  const user = useCurrentUser();
  return <CasePage key={caseId} caseId={caseId} currentUserId={user.id} />;
}
