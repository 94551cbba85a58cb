import {
  type ListResponse,
  listResponseSchema,
  type Mandate,
  mandateSchema,
  maxPageSize,
} from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type MandateFilters, mandateKeys } from './keys';

const mandateListSchema = listResponseSchema(mandateSchema);

/** Upper bound of pages read; 10 × 100 mandates is far beyond what one employer grants. */
const maxPages = 10;

type ListParams = MandateFilters & { limit?: number; cursor?: string; signal?: AbortSignal };

export function getMandates({ signal, ...query }: ListParams = {}): Promise<ListResponse<Mandate>> {
  return apiRequest('/mandates', { schema: mandateListSchema, query, signal });
}

/** Every mandate (all pages), newest first: an employer's grants or a partner's employers. */
export async function getAllMandates(filters: MandateFilters, signal?: AbortSignal) {
  const items: Mandate[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await getMandates({ ...filters, limit: maxPageSize, cursor, signal });
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

export const mandatesQueryOptions = (filters: MandateFilters = {}) =>
  queryOptions({
    queryKey: mandateKeys.list(filters),
    queryFn: ({ signal }) => getAllMandates(filters, signal),
  });

export function useMandates(
  filters: MandateFilters = {},
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...mandatesQueryOptions(filters), enabled });
}
