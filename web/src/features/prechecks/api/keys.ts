export type PrecheckFilters = { hireId?: string; status?: 'draft' | 'submitted' };

export const precheckKeys = {
  all: ['prechecks'] as const,
  lists: () => [...precheckKeys.all, 'list'] as const,
  list: (filters: PrecheckFilters) => [...precheckKeys.lists(), filters] as const,
  details: () => [...precheckKeys.all, 'detail'] as const,
  detail: (id: string) => [...precheckKeys.details(), id] as const,
  /** The case a submission opened, as the submit answer returned it. */
  submittedCase: (id: string) => [...precheckKeys.all, 'submitted-case', id] as const,
};
