import { describe, expect, it } from 'vitest';
import { type AuditAction, auditActions } from './audit.schema';
import { auditLogEntrySchema, typedAuditLogEntrySchema } from './audit-log.schema';
import { type AuditPayloads, auditPayloadSchemas } from './audit-payload.schema';

const none = { before: null, after: null };
const document = {
  precheckId: 'precheck-1',
  requirementCode: 'passport',
  documentRequestId: null,
  fileName: 'pass.pdf',
  contentType: 'application/pdf' as const,
  sizeBytes: 2048,
  sha256: 'ab12',
};
const account = { email: 'neu@firma.example', role: 'employer_hr' as const, organizationId: 'o1' };

/** One payload per action as the server writes it; the type makes a new action need one. */
const written: AuditPayloads = {
  'auth.login': none,
  'auth.logout': none,
  'organization.registered': {
    before: null,
    after: { name: 'Rhein-Stahl GmbH', betriebsnummer: '12345678' },
  },
  'organization.verified': {
    before: { verificationStatus: 'pending' },
    after: { verificationStatus: 'verified' },
  },
  'organization.rejected': {
    before: { verificationStatus: 'pending' },
    after: { verificationStatus: 'rejected' },
  },
  'organization.created': {
    before: null,
    after: {
      type: 'ihk',
      name: 'IHK Niederrhein',
      address: { street: 'Mercatorstraße 22', postalCode: '47051', city: 'Duisburg' },
    },
  },
  'user.invited': { before: null, after: account },
  'user.activated': none,
  'user.deactivated': { before: { active: true }, after: { active: false } },
  'user.preferences_changed': { before: { locale: 'de' }, after: { locale: 'en' } },
  'mandate.granted': { before: null, after: { partnerOrganizationId: 'org-ihk' } },
  'mandate.revoked': {
    before: { revokedAt: null },
    after: { revokedAt: '2026-11-25T09:00:00.000Z' },
  },
  'hire.created': { before: null, after: { status: 'active' } },
  'hire.updated': {
    before: { version: 1 },
    after: { version: 2, changedFields: ['familyName', 'passportExpiry'] },
  },
  'hire.archived': { before: { status: 'active' }, after: { status: 'archived' } },
  'precheck.created': { before: null, after: { hireId: 'hire-1' } },
  'document.uploaded': {
    before: { replacedDocumentId: 'doc-0', ...document },
    after: { caseId: 'case-1', ...document },
  },
  'document.deleted': { before: document, after: null },
  'precheck.submitted': {
    before: { status: 'draft', hireStatus: 'active' },
    after: { status: 'submitted', caseId: 'case-1', reference: 'ITC-2026-000001' },
  },
  'case.transitioned': {
    before: { status: 'in_review', version: 3, dueAt: null },
    after: { status: 'documents_requested', version: 4, dueAt: '2026-12-08' },
  },
  'case.assigned': { before: { assigneeUserId: null }, after: { assigneeUserId: 'user-1' } },
  'case.shared': { before: null, after: { shareId: 's1', partnerOrganizationId: 'org-ihk' } },
  'case.share_revoked': {
    before: { shareId: 's1', partnerOrganizationId: 'org-ihk', revokedAt: null },
    after: {
      shareId: 's1',
      partnerOrganizationId: 'org-ihk',
      revokedAt: '2026-11-25T09:00:00.000Z',
    },
  },
  'case.employment_ended': {
    before: null,
    after: { learnedOn: '2026-11-20', reportDueAt: '2026-12-04', reportedLate: false },
  },
  'event.created': { before: null, after: { status: 'draft' } },
  'event.updated': { before: null, after: { changedFields: ['startsAt', 'room'] } },
  'event.published': { before: { status: 'draft' }, after: { status: 'published' } },
  'event.cancelled': {
    before: { status: 'published' },
    after: { status: 'cancelled', notified: 12 },
  },
  'event.registration_cancelled': {
    before: { registrationId: 'r1', status: 'confirmed' },
    after: { status: 'cancelled', promoted: ['r2'] },
  },
  'event.attendance_recorded': {
    before: { registrationId: 'r1', attended: null },
    after: { attended: true },
  },
  'event.participants_exported': { before: null, after: { rows: 8 } },
  'event.message_sent': { before: null, after: { subject: 'Raumänderung', recipients: 8 } },
  'auth.password_reset_requested': none,
  'auth.password_reset': none,
  'auth.password_changed': { before: null, after: { endedSessions: 2 } },
  'auth.session_ended': { before: null, after: { endedSessions: 1 } },
  'auth.second_factor_enabled': none,
  'auth.second_factor_disabled': none,
  'auth.second_factor_reset': {
    before: { secondFactorEnabled: true },
    after: { secondFactorEnabled: false },
  },
  'auth.recovery_code_used': none,
  'user.profile_changed': {
    before: { name: 'Anna Becker', locale: 'de' },
    after: { name: 'Anna Becker-Yilmaz', locale: 'de' },
  },
  'user.reactivated': { before: { active: false }, after: { active: true } },
  'user.invitation_resent': { before: null, after: { expiresAt: '2026-12-02T09:00:00.000Z' } },
  'user.invitation_withdrawn': { before: account, after: null },
  'hire.personal_data_exported': none,
  'document.viewed': { before: null, after: { disposition: 'inline' } },
  'case.receipt_downloaded': none,
  'precheck.form_downloaded': { before: null, after: { form: 'job_data_sheet' } },
  'case.exported': {
    before: null,
    after: {
      filters: { status: ['in_review'], sort: 'submittedAt', order: 'desc', search: true },
      rows: 3,
    },
  },
  'retention.case_erased': { before: null, after: { reference: 'ITC-2026-000001' } },
  'retention.hire_erased': none,
};

const entry = {
  id: 7,
  actor: null,
  actingOrganization: null,
  onBehalfOfOrganization: null,
  targetType: 'case' as const,
  targetId: 'case-1',
  targetLabel: 'ITC-2026-000001',
  reason: null,
  namesById: {},
  createdAt: '2026-11-25T09:00:00.000Z',
};

describe('audit payloads', () => {
  it.each(auditActions)('reads the payload %s writes', (action: AuditAction) => {
    expect(auditPayloadSchemas[action].parse(written[action])).toEqual(written[action]);
  });

  it.each([
    ['an action without data given some', 'auth.login', { before: { x: 1 }, after: null }],
    [
      'a stage the cases do not have',
      'case.transitioned',
      { before: { status: 'in_review', version: 3, dueAt: null }, after: { status: 'lost' } },
    ],
    [
      'a hire field that does not exist',
      'hire.updated',
      { before: { version: 1 }, after: { version: 2, changedFields: ['salary'] } },
    ],
    ['a missing after', 'case.assigned', { before: { assigneeUserId: null }, after: null }],
    ['another action’s payload', 'user.deactivated', written['user.preferences_changed']],
  ] as const)('refuses %s', (_, action, stored) => {
    expect(auditPayloadSchemas[action].safeParse(stored).success).toBe(false);
  });

  it('reads a seeded case move, which keeps no due dates of past stages', () => {
    const seeded = {
      before: { status: 'submitted', version: 1 },
      after: { status: 'in_review', version: 2 },
    };
    expect(auditPayloadSchemas['case.transitioned'].parse(seeded)).toEqual(seeded);
  });

  it('drops keys an older row stored beside the ones its action defines', () => {
    const stored = { before: { active: true, since: '2026-01-01' }, after: { active: false } };
    expect(auditPayloadSchemas['user.deactivated'].parse(stored)).toEqual({
      before: { active: true },
      after: { active: false },
    });
  });
});

describe('audit log entries', () => {
  it('types the details by the entry’s action', () => {
    const parsed = typedAuditLogEntrySchema.parse({
      ...entry,
      action: 'case.assigned',
      details: written['case.assigned'],
    });
    expect(parsed.action === 'case.assigned' && parsed.details.after.assigneeUserId).toBe('user-1');
    expect(
      typedAuditLogEntrySchema.safeParse({
        ...entry,
        action: 'case.assigned',
        details: written['case.transitioned'],
      }).success,
    ).toBe(false);
  });

  it('answers an entry whose data has an older shape without details', () => {
    expect(auditLogEntrySchema.parse({ ...entry, action: 'case.assigned', details: null })).toEqual(
      { ...entry, action: 'case.assigned', details: null },
    );
  });
});
