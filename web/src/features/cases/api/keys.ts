import type { CaseStatus, caseSortFields } from '@itc/shared';

type CaseSortField = (typeof caseSortFields)[number];

export type CaseFilters = {
  q?: string;
  status?: CaseStatus;
  assigned?: 'me' | 'unassigned';
  overdue?: boolean;
  sort?: CaseSortField;
  order?: 'asc' | 'desc';
};

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseFilters) => [...caseKeys.lists(), filters] as const,
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (id: string) => [...caseKeys.details(), id] as const,
  messages: (id: string) => [...caseKeys.detail(id), 'messages'] as const,
};
