import { useParams } from 'react-router';
import { CasePage } from '../../features/cases/routes/case-page';

/** A case's page; what the caller sees and may do comes with the case (`access`, `can`). */
export function CaseRoute() {
  const { caseId = '' } = useParams();
  return <CasePage key={caseId} caseId={caseId} />;
}
