import type { CaseDashboardQuery, CaseQueueFilter, CaseStatus } from '@itc/shared';

/**
 * The queue's filters as the web sets them: the shared ones, with one stage (a select) and the
 * assignee as "me" or "unassigned".
 */
export type CaseFilters = Partial<Omit<CaseQueueFilter, 'status' | 'assigned'>> & {
  status?: CaseStatus;
  assigned?: 'me' | 'unassigned';
};

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseFilters) => [...caseKeys.lists(), filters] as const,
  employers: () => [...caseKeys.all, 'employers'] as const,
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (id: string) => [...caseKeys.details(), id] as const,
  messages: (id: string) => [...caseKeys.detail(id), 'messages'] as const,
  dashboards: () => [...caseKeys.all, 'dashboard'] as const,
  dashboard: (query: CaseDashboardQuery) => [...caseKeys.dashboards(), query] as const,
  assignableUsers: () => [...caseKeys.all, 'assignable-users'] as const,
};
