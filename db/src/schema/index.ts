export * from './audit-log';
export * from './invitations';
export * from './login-failures';
export * from './organizations';
export * from './outbox';
export * from './sessions';
export * from './users';
