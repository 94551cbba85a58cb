import { type Db, newId, schema } from '@itc/db';
import type {
  CreatePartnerOrganization,
  Organization,
  OrganizationType,
  VerificationStatus,
} from '@itc/shared';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { writeAudit } from '../audit/write-audit';
import { AppError } from '../lib/app-error';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import { toOrganization } from '../organizations/organization.mapper';
import { getOrganization } from '../organizations/organizations.service';

/** Oldest first, so the verification queue is worked in the order companies registered. */
export function listOrganizations(options: {
  db: Db;
  type?: OrganizationType;
  verificationStatus?: VerificationStatus;
  limit: number;
  cursor?: string;
}) {
  const { db, type, verificationStatus, limit, cursor } = options;
  const conditions: (SQL | undefined)[] = [
    type ? eq(schema.organizations.type, type) : undefined,
    verificationStatus
      ? eq(schema.organizations.verificationStatus, verificationStatus)
      : undefined,
    afterCursor(cursor, [schema.organizations.createdAt, schema.organizations.id], 'asc'),
  ];
  const rows = db
    .select()
    .from(schema.organizations)
    .where(and(...conditions))
    .orderBy(asc(schema.organizations.createdAt), asc(schema.organizations.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.createdAt, row.id]);
  return { items: page.items.map(toOrganization), nextCursor: page.nextCursor };
}

/** Partner organisations are created by the city and so are verified from the start. */
export function createPartnerOrganization(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  input: CreatePartnerOrganization;
}): Organization {
  const { db, now, actor, input } = options;
  const id = newId();
  db.transaction((tx) => {
    tx.insert(schema.organizations)
      .values({
        id,
        type: input.type,
        name: input.name,
        street: input.address.street,
        postalCode: input.address.postalCode,
        city: input.address.city,
        verificationStatus: 'verified',
        createdAt: now.toISOString(),
      })
      .run();
    writeAudit(
      tx,
      {
        actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
        onBehalfOfOrganizationId: id,
        action: 'organization.created',
        target: { type: 'organization', id },
        after: input,
      },
      now,
    );
  });
  return getOrganization(db, id);
}

type DecisionOptions = { db: Db; now: Date; actor: AuthContext; linkTo: LinkTo; id: string };

/** Verifies or rejects a pending employer, tells its HR users and audits the decision. */
function decideEmployer(
  options: DecisionOptions & { status: 'verified' | 'rejected'; reason: string | null },
): Organization {
  const { db, now, actor, linkTo, id, status, reason } = options;
  return db.transaction((tx) => {
    const before = getOrganization(tx, id);
    if (before.type !== 'employer') throw new AppError('not_found');
    if (before.verificationStatus === status) {
      throw new AppError('verification_unchanged', {
        detail: `The employer is already ${status}.`,
      });
    }
    tx.update(schema.organizations)
      .set({ verificationStatus: status, rejectionReason: reason })
      .where(eq(schema.organizations.id, id))
      .run();
    writeAudit(
      tx,
      {
        actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
        onBehalfOfOrganizationId: id,
        action: status === 'verified' ? 'organization.verified' : 'organization.rejected',
        target: { type: 'organization', id },
        reason,
        before: { verificationStatus: before.verificationStatus },
        after: { verificationStatus: status },
      },
      now,
    );
    const recipients = tx
      .select()
      .from(schema.users)
      .where(and(eq(schema.users.organizationId, id), eq(schema.users.active, true)))
      .all();
    for (const user of recipients) {
      const data = { name: user.name, organizationName: before.name, link: linkTo('/') };
      const email =
        status === 'verified'
          ? emailTemplates.employerVerified(user.locale, data)
          : emailTemplates.employerRejected(user.locale, { ...data, reason: reason ?? '' });
      enqueueEmail(tx, { to: user.email, ...email }, now);
    }
    return getOrganization(tx, id);
  });
}

export function verifyEmployer(options: DecisionOptions): Organization {
  return decideEmployer({ ...options, status: 'verified', reason: null });
}

export function rejectEmployer(options: DecisionOptions & { reason: string }): Organization {
  return decideEmployer({ ...options, status: 'rejected' });
}
