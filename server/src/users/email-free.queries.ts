import { type Db, schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../lib/app-error';

/** 409 with the field path when an account already uses the address. */
export function assertEmailFree(db: Pick<Db, 'select'>, email: string, path: string): void {
  const existing = db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, email))
    .get();
  if (existing) {
    throw new AppError('email_taken', {
      errors: [{ path, message: 'This email address is already registered.' }],
    });
  }
}
