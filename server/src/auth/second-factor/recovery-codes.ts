import { createHash, randomInt } from 'node:crypto';
import { type Db, schema } from '@itc/db';
import { and, eq, isNull } from 'drizzle-orm';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const codeLength = 10;
const recoveryCodeCount = 10;

/** Ten base32 characters (50 bits) shown as `ABCDE-FGHIJ`; the hyphen is ignored on input. */
function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i += 1) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Codes are random and long enough that a fast hash suffices; only the hash is kept. */
function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

/** Replaces every earlier code of the user with a fresh set and returns it for showing once. */
export function replaceRecoveryCodes(
  tx: Pick<Db, 'insert' | 'delete'>,
  userId: string,
  now: Date,
): string[] {
  tx.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, userId)).run();
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  tx.insert(schema.recoveryCodes)
    .values(
      codes.map((code) => ({
        userId,
        codeHash: hashRecoveryCode(code),
        createdAt: now.toISOString(),
      })),
    )
    .run();
  return codes;
}

/** Marks an unused code of the user as used; false when there is none like it. */
export function useRecoveryCode(
  tx: Pick<Db, 'update'>,
  userId: string,
  code: string,
  now: Date,
): boolean {
  const result = tx
    .update(schema.recoveryCodes)
    .set({ usedAt: now.toISOString() })
    .where(
      and(
        eq(schema.recoveryCodes.userId, userId),
        eq(schema.recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(schema.recoveryCodes.usedAt),
      ),
    )
    .run();
  return result.changes > 0;
}

export function deleteRecoveryCodes(tx: Pick<Db, 'delete'>, userId: string): void {
  tx.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, userId)).run();
}
