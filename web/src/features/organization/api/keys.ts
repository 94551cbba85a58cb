export const organizationKeys = {
  all: ['organization'] as const,
  detail: (id: string) => [...organizationKeys.all, id, 'detail'] as const,
  users: (id: string) => [...organizationKeys.all, id, 'users'] as const,
};
