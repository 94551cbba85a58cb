import { describe, expect, it } from 'vitest';
import { InvalidEnvError, readEnv } from './env';

const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://portal.duisburg.example',
  SMTP_URL: 'smtp://portal:secret@mail.duisburg.example:587',
  MAIL_FROM: 'ITC Duisburg <itc@duisburg.example>',
};

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    readEnv(source);
  } catch (error) {
    if (error instanceof InvalidEnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('reading the settings', () => {
  it('starts in development without any setting, with emails kept in the outbox', () => {
    const env = readEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.PUBLIC_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it('starts in production with the public address, SMTP and a sender', () => {
    const env = readEnv(production);
    expect(env.PUBLIC_URL).toBe('https://portal.duisburg.example');
    expect(env.MAIL_FROM).toBe('ITC Duisburg <itc@duisburg.example>');
  });

  it('refuses production without its settings and names every one in one message', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(InvalidEnvError);
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PUBLIC_URL',
      'SMTP_URL',
      'MAIL_FROM',
    ]);
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(
      /cannot start[\s\S]*PUBLIC_URL[\s\S]*SMTP_URL[\s\S]*MAIL_FROM/,
    );
  });

  it('refuses a plain http public address in production, except on this machine', () => {
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://portal.duisburg.example' })).toEqual([
      'PUBLIC_URL must be an https address (http only for localhost)',
    ]);
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://localhost:3000' })).toEqual([]);
  });

  it('refuses an SMTP_URL that is no smtp address and session cookies without TLS', () => {
    const problems = problemsOf({
      ...production,
      SMTP_URL: 'mail.duisburg.example',
      COOKIE_SECURE: 'false',
    });
    expect(problems).toEqual([
      'SMTP_URL must be an smtp:// or smtps:// address',
      'COOKIE_SECURE=false would send the session cookie without TLS; use auto or true',
    ]);
  });

  it('lists invalid values together with the missing production settings', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'eighty', PUBLIC_URL: 'portal' });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^PORT: /);
    expect(problems[1]).toMatch(/^PUBLIC_URL: /);
    expect(problems.slice(2).map((problem) => problem.split(' ')[0])).toEqual([
      'SMTP_URL',
      'MAIL_FROM',
    ]);
  });
});
