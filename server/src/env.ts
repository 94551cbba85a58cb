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

/** The settings the portal refuses to start without; the message lists every one that is wrong. */
export class InvalidEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The portal cannot start with these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'InvalidEnvError';
  }
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What production needs beyond the development defaults. Links in emails and the Secure session
 * cookie need the public https address (plain http only on this machine, for a trial run); without
 * SMTP the emails would wait in an outbox nobody reads.
 */
function productionProblems(source: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const publicUrl = URL.parse(source.PUBLIC_URL ?? '');
  if (!source.PUBLIC_URL) {
    problems.push(
      'PUBLIC_URL is required: the https address users open, e.g. https://portal.example.de',
    );
  } else if (
    publicUrl &&
    publicUrl.protocol !== 'https:' &&
    !(publicUrl.protocol === 'http:' && loopbackHosts.has(publicUrl.hostname))
  ) {
    problems.push('PUBLIC_URL must be an https address (http only for localhost)');
  }
  if (!source.SMTP_URL) {
    problems.push('SMTP_URL is required: e.g. smtp://user:pass@mail.example.de:587');
  } else if (!/^smtps?:$/.test(URL.parse(source.SMTP_URL)?.protocol ?? '')) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// address');
  }
  if (!source.MAIL_FROM) {
    problems.push(
      "MAIL_FROM is required: the sender of the portal's emails, e.g. ITC <itc@duisburg.de>",
    );
  }
  if (source.COOKIE_SECURE === 'false') {
    problems.push(
      'COOKIE_SECURE=false would send the session cookie without TLS; use auto or true',
    );
  }
  return problems;
}

/** Reads the configuration once; nothing else in the server reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse(source);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (source.NODE_ENV === 'production') problems.push(...productionProblems(source));
  if (!parsed.success || problems.length > 0) throw new InvalidEnvError(problems);
  return parsed.data;
}
