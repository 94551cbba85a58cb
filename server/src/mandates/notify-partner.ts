import { type Db, schema } from '@itc/db';
import type { Mandate } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';

/** Tells the partner's active users that their access to an employer began or ended. */
export function notifyPartnerUsers(
  db: Pick<Db, 'select' | 'insert'>,
  options: {
    mandate: Mandate;
    template: 'mandateGranted' | 'mandateRevoked';
    linkTo: LinkTo;
    now: Date;
  },
): void {
  const { mandate, template, linkTo, now } = options;
  const recipients = db
    .select()
    .from(schema.users)
    .where(and(eq(schema.users.organizationId, mandate.partner.id), eq(schema.users.active, true)))
    .all();
  for (const user of recipients) {
    const email = emailTemplates[template](user.locale, {
      name: user.name,
      employerName: mandate.employer.name,
      partnerName: mandate.partner.name,
      link: linkTo('/'),
    });
    enqueueEmail(db, { to: user.email, ...email }, now);
  }
}
