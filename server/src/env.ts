import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('./data/itc.sqlite'),
  UPLOAD_DIR: z.string().min(1).default('./data/uploads'),
  /** Public address used in email links. */
  PUBLIC_URL: z.string().url().optional(),
  /** e.g. smtp://user:pass@mail.example:587 — without it emails stay in the outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('International Talent Center Duisburg <itc@stadt.example>'),
  /** `auto`: Secure cookies when the request came over https. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  INVITATION_VALID_DAYS: z.coerce.number().int().min(1).default(7),
  /** Days after a case is closed (or a hire archived) until its personal data is deleted. */
  RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  /** Hour (Europe/Berlin) at or after which the daily jobs run: retention and housekeeping. */
  DAILY_JOBS_HOUR: z.coerce.number().int().min(0).max(23).default(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFromString.default(false),
  WEB_DIST: z.string().optional(),
});

export type ServerEnv = z.infer<typeof envSchema>;

/** Reads the configuration once; nothing else in the server reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  return envSchema.parse(source);
}
