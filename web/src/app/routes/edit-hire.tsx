import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EditHirePage } from '../../features/hires/routes/edit-hire-page';
import { safeRedirectPath } from '../../lib/safe-redirect';

/** Editing a hire; from the pre-check wizard (?returnTo=…) it leads back there. */
export function EditHireRoute() {
  const { hireId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const backTo = safeRedirectPath(searchParams.get('returnTo'), `/hires/${hireId}`);
  return <EditHirePage hireId={hireId} backTo={backTo} onSaved={() => navigate(backTo)} />;
}
