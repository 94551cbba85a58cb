import { z } from 'zod';

/** Every audited action; adding one here makes the compiler ask where it is written. */
export const auditActions = [
  'auth.login',
  'auth.logout',
  'organization.registered',
  'organization.verified',
  'organization.rejected',
  'organization.created',
  'user.invited',
  'user.activated',
  'user.deactivated',
  'user.preferences_changed',
  'mandate.granted',
  'mandate.revoked',
  'hire.created',
  'hire.updated',
  'hire.archived',
  'precheck.created',
  'document.uploaded',
  'document.deleted',
  'precheck.submitted',
  'case.transitioned',
  'case.assigned',
  'case.shared',
  'case.share_revoked',
  'case.employment_ended',
  'event.created',
  'event.updated',
  'event.published',
  'event.cancelled',
  'event.registration_cancelled',
  'event.attendance_recorded',
  'event.participants_exported',
  'event.message_sent',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** What an audit entry is about. */
export const auditTargetTypes = [
  'user',
  'organization',
  'mandate',
  'hire',
  'precheck',
  'document',
  'case',
  'event',
] as const;
export const auditTargetTypeSchema = z.enum(auditTargetTypes);
export type AuditTargetType = z.infer<typeof auditTargetTypeSchema>;
