import { caseEmployerSchema, listResponseSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

const caseEmployersSchema = listResponseSchema(caseEmployerSchema);

/** The employers with at least one case, by name: the queue's employer filter (city staff). */
export function getCaseEmployers(signal?: AbortSignal) {
  return apiRequest('/cases/employers', { schema: caseEmployersSchema, signal });
}

export const caseEmployersQueryOptions = () =>
  queryOptions({
    queryKey: caseKeys.employers(),
    queryFn: async ({ signal }) => (await getCaseEmployers(signal)).items,
  });

export function useCaseEmployers() {
  return useQuery(caseEmployersQueryOptions());
}
