import type { HireStatus } from '@itc/shared';

export type HireFilters = { q?: string; status?: HireStatus; organizationId?: string };

export const hireKeys = {
  all: ['hires'] as const,
  lists: () => [...hireKeys.all, 'list'] as const,
  list: (filters: HireFilters) => [...hireKeys.lists(), filters] as const,
  details: () => [...hireKeys.all, 'detail'] as const,
  detail: (id: string) => [...hireKeys.details(), id] as const,
};
