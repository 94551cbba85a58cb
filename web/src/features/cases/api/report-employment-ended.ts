import { caseDetailSchema, type ReportEmploymentEnded } from '@itc/shared';
import { apiRequest } from '../../../lib/api-client';
import { useCaseDetailMutation } from './case-detail-mutation';

export function reportEmploymentEnded({ id, body }: { id: string; body: ReportEmploymentEnded }) {
  return apiRequest(`/cases/${encodeURIComponent(id)}/employment-ended`, {
    method: 'POST',
    body,
    schema: caseDetailSchema,
  });
}

export function useReportEmploymentEnded() {
  return useCaseDetailMutation(reportEmploymentEnded);
}
