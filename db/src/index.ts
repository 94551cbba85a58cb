export * from './client';
export * from './hire-values';
export * from './ids';
export * from './migrate';
export * from './passwords';
export * as schema from './schema';
export * from './seed/demo-accounts';
export * from './seed/seed-demo-data';
