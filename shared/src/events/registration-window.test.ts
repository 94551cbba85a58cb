import { describe, expect, it } from 'vitest';
import { isRegistrationOpen, registrationBlock } from './registration-window';

const event = {
  status: 'published' as const,
  registrationDeadline: '2026-12-08T17:00:00.000Z',
  startsAt: '2026-12-10T09:00:00.000Z',
};
const at = (iso: string) => new Date(iso);

describe('registration window', () => {
  it('is open for a published event until just before the deadline', () => {
    expect(isRegistrationOpen(event, at('2026-12-08T16:59:59.999Z'))).toBe(true);
    expect(registrationBlock(event, at('2026-12-08T17:00:00.000Z'))).toBe('deadline_passed');
  });

  it('closes when the event begins, even with a deadline at the start', () => {
    const lastMinute = { ...event, registrationDeadline: event.startsAt };
    expect(isRegistrationOpen(lastMinute, at('2026-12-10T08:59:59.000Z'))).toBe(true);
    expect(registrationBlock(lastMinute, at('2026-12-10T09:00:00.000Z'))).toBe('started');
    expect(registrationBlock(event, at('2026-12-11T09:00:00.000Z'))).toBe('started');
  });

  it('is never open for drafts and cancelled events', () => {
    const early = at('2026-11-25T09:00:00.000Z');
    expect(registrationBlock({ ...event, status: 'draft' }, early)).toBe('not_published');
    expect(registrationBlock({ ...event, status: 'cancelled' }, early)).toBe('cancelled');
  });
});
