import { describe, expect, it } from 'vitest';
import { caseTransitionTargets } from './case-statuses';
import { caseTransitionRequestSchema } from './case-transition-request.schema';

const minimal = {
  in_review: {},
  documents_requested: {
    documents: [{ code: 'cv_german', label: 'Lebenslauf' }],
    message: 'Bitte.',
  },
  forwarded: {},
  recognition_pending: {},
  deficit_notice: {},
  ba_consent_pending: {},
  pre_approval_issued: {},
  visa_appointment_booked: { appointmentDate: '2026-12-15' },
  visa_issued: {},
  visa_refused: {},
  entered: {},
  permit_issued: { permitType: '18b', validUntil: '2030-12-31' },
  rejected: { reason: 'Voraussetzungen fehlen.' },
  withdrawn: { reason: 'Stelle gestrichen.' },
};

describe('transition request', () => {
  it.each(caseTransitionTargets)('accepts %s with what it needs, nothing less', (to) => {
    const body = { to, version: 3, ...minimal[to] };
    expect(caseTransitionRequestSchema.safeParse(body).success).toBe(true);
    expect(caseTransitionRequestSchema.safeParse({ ...body, note: 'Notiz' }).success).toBe(true);
    for (const field of Object.keys(minimal[to])) {
      const { [field]: _dropped, ...without } = body as Record<string, unknown>;
      expect(caseTransitionRequestSchema.safeParse(without).success, field).toBe(false);
    }
    expect(caseTransitionRequestSchema.safeParse({ ...body, surplus: 1 }).success).toBe(false);
  });

  it('refuses `submitted`, a missing version and a short reason', () => {
    expect(caseTransitionRequestSchema.safeParse({ to: 'submitted', version: 1 }).success).toBe(
      false,
    );
    expect(caseTransitionRequestSchema.safeParse({ to: 'in_review' }).success).toBe(false);
    const short = caseTransitionRequestSchema.safeParse({
      to: 'rejected',
      version: 1,
      reason: 'nö',
    });
    expect(short.error?.issues[0]?.message).toBe('reason_too_short');
    const it18 = {
      to: 'permit_issued',
      version: 1,
      permitType: '18g-it',
      validUntil: '2030-01-01',
    };
    expect(caseTransitionRequestSchema.safeParse(it18).success).toBe(false);
  });
});
