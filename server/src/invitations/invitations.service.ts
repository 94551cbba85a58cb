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
import { createSession } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import { days } from '../lib/clock';
import { hashToken, newToken } from '../lib/tokens';
import { fieldError } from '../lib/validation-errors';
import { enqueueEmail } from '../mail/outbox';
import { emailTemplates } from '../mail/templates';
import { assertEmailFree } from '../users/email-free';
import { findUser } from '../users/users.queries';

export type LinkTo = (path: string) => string;

type InviteOptions = {
  db: Db;
  now: Date;
  validDays: number;
  actor: AuthContext;
  linkTo: LinkTo;
  invitee: { email: string; name: string; role: Role; organizationId: string; locale: Locale };
};

/** Creates the user without a password and emails a one-time link to set it. */
export function inviteUser(options: InviteOptions): User {
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
  const token = newToken();
  const userId = newId();
  db.transaction((tx) => {
    assertEmailFree(tx, invitee.email, 'email');
    tx.insert(schema.users)
      .values({
        id: userId,
        email: invitee.email,
        name: invitee.name,
        role: invitee.role,
        organizationId: organization.id,
        locale: invitee.locale,
        passwordHash: null,
        createdAt: now.toISOString(),
      })
      .run();
    tx.insert(schema.invitations)
      .values({
        tokenHash: hashToken(token),
        userId,
        invitedBy: actor.user.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + days(validDays)).toISOString(),
      })
      .run();
    const email = emailTemplates.invitation(invitee.locale, {
      name: invitee.name,
      inviterName: actor.user.name,
      organizationName: organization.name,
      link: linkTo(`/invitation/${token}`),
      validDays,
    });
    enqueueEmail(tx, { to: invitee.email, ...email }, now);
    writeAudit(
      tx,
      {
        actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
        onBehalfOfOrganizationId:
          organization.id === actor.user.organizationId ? null : organization.id,
        action: 'user.invited',
        target: { type: 'user', id: userId },
        after: { email: invitee.email, role: invitee.role, organizationId: organization.id },
      },
      now,
    );
  });
  const user = findUser(db, userId);
  if (!user) throw new AppError('internal_error');
  return user;
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
}): Promise<string> {
  const { db, now, idleMinutes, token, password } = options;
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const row = findOpenInvitation(tx, token, now);
    if (!row) throw new AppError('invitation_invalid');
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
    return createSession({ db: tx, now, idleMinutes, userId: row.user.id });
  });
}
