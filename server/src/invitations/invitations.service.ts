import { type Db, hashPassword, newId, schema } from '@itc/db';
import {
  type InvitationInfo,
  type Locale,
  type Role,
  rolesByOrganizationType,
  type User,
} from '@itc/shared';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { writeAudit } from '../audit/write-audit';
import { createSession, type SessionClient } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import { days } from '../lib/clock';
import { hashToken, newToken } from '../lib/tokens';
import { fieldError } from '../lib/validation-errors';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import { assertPasswordAllowed } from '../security/password-policy';
import { assertEmailFree } from '../users/email-free.queries';
import {
  type AccountActionOptions,
  accountAudit,
  assertInvitationPending,
  changeAccount,
} from '../users/user-accounts.service';
import { findUser } from '../users/users.queries';

type InviteOptions = {
  db: Db;
  now: Date;
  validDays: number;
  actor: AuthContext;
  linkTo: LinkTo;
  invitee: { email: string; name: string; role: Role; organizationId: string; locale: Locale };
};

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type UserRow = typeof schema.users.$inferSelect;
type OrganizationRow = typeof schema.organizations.$inferSelect;

/** `resent` when the address already had a pending invitation here and got a new link instead. */
export type InviteResult = { user: User; resent: boolean };

/**
 * Creates the user without a password and emails a one-time link to set it. An address with a
 * pending invitation into the same organisation and role gets a fresh link instead of a 409, so
 * inviting again is the natural way to resend; any other existing account stays `email_taken`.
 */
export function inviteUser(options: InviteOptions): InviteResult {
  const { db, now, validDays, actor, linkTo, invitee } = options;
  const organization = db
    .select()
    .from(schema.organizations)
    .where(eq(schema.organizations.id, invitee.organizationId))
    .get();
  if (!organization) {
    throw new AppError('validation_failed', {
      errors: [fieldError('organizationId', 'organization_unknown', actor.user.locale)],
    });
  }
  if (!rolesByOrganizationType[organization.type].includes(invitee.role)) {
    throw new AppError('validation_failed', {
      detail: `The role ${invitee.role} does not fit an organisation of type ${organization.type}.`,
      errors: [fieldError('role', 'role_not_for_organization', actor.user.locale)],
    });
  }
  const link = { now, validDays, actor, linkTo, organization };
  const result = db.transaction((tx): { userId: string; resent: boolean } => {
    const existing = tx
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, invitee.email))
      .get();
    if (
      existing?.active &&
      existing.passwordHash === null &&
      existing.organizationId === organization.id &&
      existing.role === invitee.role
    ) {
      resendInvitationLink(tx, { ...link, user: existing });
      return { userId: existing.id, resent: true };
    }
    assertEmailFree(tx, invitee.email, 'email');
    const user = tx
      .insert(schema.users)
      .values({
        id: newId(),
        email: invitee.email,
        name: invitee.name,
        role: invitee.role,
        organizationId: organization.id,
        locale: invitee.locale,
        passwordHash: null,
        createdAt: now.toISOString(),
      })
      .returning()
      .get();
    sendInvitationLink(tx, { ...link, user });
    writeAudit(
      tx,
      {
        actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
        onBehalfOfOrganizationId:
          organization.id === actor.user.organizationId ? null : organization.id,
        action: 'user.invited',
        target: { type: 'user', id: user.id },
        after: { email: invitee.email, role: invitee.role, organizationId: organization.id },
      },
      now,
    );
    return { userId: user.id, resent: false };
  });
  const user = findUser(db, result.userId);
  if (!user) throw new AppError('internal_error');
  return { user, resent: result.resent };
}

type LinkOptions = {
  now: Date;
  validDays: number;
  actor: AuthContext;
  linkTo: LinkTo;
  organization: OrganizationRow;
  user: UserRow;
};

/** Replaces every open link of the user with a new one and emails it in the invitee's language. */
function sendInvitationLink(tx: Tx, options: LinkOptions): string {
  const { now, validDays, actor, linkTo, organization, user } = options;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + days(validDays)).toISOString();
  tx.delete(schema.invitations)
    .where(and(eq(schema.invitations.userId, user.id), isNull(schema.invitations.acceptedAt)))
    .run();
  tx.insert(schema.invitations)
    .values({
      tokenHash: hashToken(token),
      userId: user.id,
      invitedBy: actor.user.id,
      createdAt: now.toISOString(),
      expiresAt,
    })
    .run();
  const email = emailTemplates.invitation(user.locale, {
    name: user.name,
    inviterName: actor.user.name,
    organizationName: organization.name,
    link: linkTo(`/invitation/${token}`),
    validDays,
  });
  enqueueEmail(tx, { to: user.email, ...email }, now);
  return expiresAt;
}

function resendInvitationLink(tx: Tx, options: LinkOptions): void {
  const expiresAt = sendInvitationLink(tx, options);
  writeAudit(
    tx,
    accountAudit(options.actor, options.user, {
      action: 'user.invitation_resent',
      after: { expiresAt },
    }),
    options.now,
  );
}

/** A new one-time link for a pending invitation; earlier links stop working. */
export function resendInvitation(
  options: AccountActionOptions & { validDays: number; linkTo: LinkTo },
): User {
  const { now, validDays, actor, linkTo } = options;
  return changeAccount(options, (tx, user) => {
    assertInvitationPending(user);
    if (!user.active) {
      throw new AppError('user_already_inactive', {
        detail: 'Reactivate the account before resending its invitation.',
      });
    }
    const organization = tx
      .select()
      .from(schema.organizations)
      .where(eq(schema.organizations.id, user.organizationId))
      .get();
    if (!organization) throw new AppError('not_found');
    resendInvitationLink(tx, { now, validDays, actor, linkTo, organization, user });
  });
}

function findOpenInvitation(db: Pick<Db, 'select'>, token: string, now: Date) {
  return db
    .select({
      invitation: schema.invitations,
      user: schema.users,
      organization: schema.organizations,
    })
    .from(schema.invitations)
    .innerJoin(schema.users, eq(schema.users.id, schema.invitations.userId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(
      and(
        eq(schema.invitations.tokenHash, hashToken(token)),
        isNull(schema.invitations.acceptedAt),
        gt(schema.invitations.expiresAt, now.toISOString()),
        eq(schema.users.active, true),
      ),
    )
    .get();
}

export function getInvitation(db: Db, token: string, now: Date): InvitationInfo {
  const row = findOpenInvitation(db, token, now);
  if (!row) throw new AppError('invitation_invalid');
  return {
    email: row.user.email,
    name: row.user.name,
    role: row.user.role,
    organizationName: row.organization.name,
  };
}

/** Sets the password, uses up the link and signs the user in. Returns the session token. */
export async function acceptInvitation(options: {
  db: Db;
  now: Date;
  idleMinutes: number;
  token: string;
  password: string;
  client?: SessionClient;
}): Promise<string> {
  const { db, now, idleMinutes, token, password, client } = options;
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const row = findOpenInvitation(tx, token, now);
    if (!row) throw new AppError('invitation_invalid');
    assertPasswordAllowed(password, 'password', row.user.locale);
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, row.user.id)).run();
    tx.update(schema.invitations)
      .set({ acceptedAt: now.toISOString() })
      .where(eq(schema.invitations.tokenHash, row.invitation.tokenHash))
      .run();
    writeAudit(
      tx,
      {
        actor: { userId: row.user.id, organizationId: row.user.organizationId },
        action: 'user.activated',
        target: { type: 'user', id: row.user.id },
      },
      now,
    );
    return createSession({ db: tx, now, idleMinutes, userId: row.user.id, client });
  });
}
