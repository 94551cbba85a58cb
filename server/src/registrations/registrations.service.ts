import { type Db, hashPassword, newId, schema } from '@itc/db';
import type { employerRegistrationSchema } from '@itc/shared';
import type { z } from 'zod';
import { writeAudit } from '../audit/write-audit';
import { createSession, type SessionClient } from '../auth/sessions.service';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import { assertPasswordAllowed } from '../security/password-policy';
import { assertEmailFree } from '../users/email-free.queries';

/**
 * A company registers itself with its first HR user. It may sign in at once but stays
 * `pending` until a city admin verifies it. Returns the new session token.
 */
export async function registerEmployer(options: {
  db: Db;
  now: Date;
  idleMinutes: number;
  linkTo: LinkTo;
  registration: z.output<typeof employerRegistrationSchema>;
  client?: SessionClient;
}): Promise<string> {
  const { db, now, idleMinutes, linkTo, registration, client } = options;
  const { company, user } = registration;
  assertPasswordAllowed(user.password, 'user.password', user.locale);
  const passwordHash = await hashPassword(user.password);
  const organizationId = newId();
  const userId = newId();
  const createdAt = now.toISOString();
  return db.transaction((tx) => {
    assertEmailFree(tx, user.email, 'user.email');
    tx.insert(schema.organizations)
      .values({
        id: organizationId,
        type: 'employer',
        name: company.name,
        street: company.address.street,
        postalCode: company.address.postalCode,
        city: company.address.city,
        handelsregisterNumber: company.handelsregisterNumber,
        betriebsnummer: company.betriebsnummer,
        verificationStatus: 'pending',
        createdAt,
      })
      .run();
    tx.insert(schema.users)
      .values({
        id: userId,
        email: user.email,
        name: user.name,
        role: 'employer_hr',
        organizationId,
        locale: user.locale,
        passwordHash,
        createdAt,
      })
      .run();
    writeAudit(
      tx,
      {
        actor: { userId, organizationId },
        action: 'organization.registered',
        target: { type: 'organization', id: organizationId },
        after: { name: company.name, betriebsnummer: company.betriebsnummer },
      },
      now,
    );
    const email = emailTemplates.registrationReceived(user.locale, {
      name: user.name,
      organizationName: company.name,
      link: linkTo('/'),
    });
    enqueueEmail(tx, { to: user.email, ...email }, now);
    return createSession({ db: tx, now, idleMinutes, userId, client });
  });
}
