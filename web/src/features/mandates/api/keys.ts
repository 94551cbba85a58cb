export type MandateFilters = { status?: 'active' | 'revoked' };

export const mandateKeys = {
  all: ['mandates'] as const,
  lists: () => [...mandateKeys.all, 'list'] as const,
  list: (filters: MandateFilters) => [...mandateKeys.lists(), filters] as const,
};
