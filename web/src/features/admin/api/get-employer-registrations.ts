import { employerRegistrationReviewSchema, listResponseSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminKeys, type EmployerRegistrationFilters } from './keys';

const pageSize = 20;
const registrationListSchema = listResponseSchema(employerRegistrationReviewSchema);

export function getEmployerRegistrations({
  signal,
  ...query
}: EmployerRegistrationFilters & { limit?: number; cursor?: string; signal?: AbortSignal }) {
  return apiRequest('/admin/employer-registrations', {
    schema: registrationListSchema,
    query,
    signal,
  });
}

/** Registered employers with who registered, oldest first, a page at a time. */
export function useEmployerRegistrations(filters: EmployerRegistrationFilters) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: adminKeys.employerRegistrationList(filters),
      queryFn: ({ pageParam, signal }) =>
        getEmployerRegistrations({ ...filters, limit: pageSize, cursor: pageParam, signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
  );
}
