import { resolve } from 'node:path';
import type { ServerEnv } from './env';

/** What the app itself needs, independent of how the process was started. */
export type AppConfig = {
  publicUrl: string | null;
  cookieSecure: 'auto' | boolean;
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  invitationValidDays: number;
  /** Days after a case is closed (or a hire archived) until its personal data is deleted. */
  retentionDays: number;
  /** Hour in Europe/Berlin at or after which the daily jobs run. */
  dailyJobsHour: number;
  trustProxy: boolean;
  /** Uploaded documents; outside the web root, files named by random storage keys. */
  uploadDir: string;
  /**
   * The development mailbox shows stored emails only while no SMTP server delivers them: with real
   * delivery, nobody in the portal may read other people's sign-in and invitation links.
   */
  devMailbox: boolean;
};

export const defaultAppConfig: AppConfig = {
  publicUrl: null,
  cookieSecure: 'auto',
  sessionIdleMinutes: 120,
  loginMaxFailures: 10,
  loginWindowMinutes: 15,
  invitationValidDays: 7,
  retentionDays: 365,
  dailyJobsHour: 2,
  trustProxy: false,
  uploadDir: resolve('./data/uploads'),
  devMailbox: true,
};

export function appConfigFromEnv(env: ServerEnv): AppConfig {
  return {
    publicUrl: env.PUBLIC_URL ?? null,
    cookieSecure: env.COOKIE_SECURE === 'auto' ? 'auto' : env.COOKIE_SECURE === 'true',
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    loginMaxFailures: env.LOGIN_MAX_FAILURES,
    loginWindowMinutes: env.LOGIN_WINDOW_MINUTES,
    invitationValidDays: env.INVITATION_VALID_DAYS,
    retentionDays: env.RETENTION_DAYS,
    dailyJobsHour: env.DAILY_JOBS_HOUR,
    trustProxy: env.TRUST_PROXY,
    uploadDir: resolve(env.UPLOAD_DIR),
    devMailbox: !env.SMTP_URL,
  };
}
