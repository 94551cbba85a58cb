import { useParams } from 'react-router';
import { PrecheckSubmittedPage } from '../../features/prechecks/routes/precheck-submitted-page';

export function PrecheckSubmittedRoute() {
  const { precheckId = '' } = useParams();
  return <PrecheckSubmittedPage precheckId={precheckId} />;
}
