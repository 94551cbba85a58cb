import type { Db } from '@itc/db';
import type { Locale, OrganizationSummary, Role } from '@itc/shared';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import type { Clock } from './lib/clock';
import type { MailDispatcher } from './mail/mail-dispatcher';

export type AuthUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  organizationId: string;
  /** A TOTP factor is in force (`users.totpEnabledAt`). */
  secondFactorEnabled: boolean;
};

export type AuthContext = {
  user: AuthUser;
  organization: OrganizationSummary;
  tokenHash: string;
};

export type AppDeps = {
  db: Db;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  mail: MailDispatcher;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    auth: AuthContext | null;
  };
};
