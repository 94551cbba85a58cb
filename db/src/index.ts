export * from './backup/backup-portal';
export * from './backup/restore-portal';
export * from './client';
export * from './hire-values';
export * from './ids';
export * from './migrate';
export * from './passwords';
export * as schema from './schema';
