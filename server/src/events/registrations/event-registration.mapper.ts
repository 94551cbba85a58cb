import type { schema } from '@itc/db';
import type { EventParticipant, EventRegistration } from '@itc/shared';
import { toOrganizationSummary } from '../../organizations/organization.mapper';

export type RegistrationWithNames = {
  registration: typeof schema.eventRegistrations.$inferSelect;
  organization: typeof schema.organizations.$inferSelect;
  registeredByName: string;
  waitlistPosition: number | null;
};

export function toEventRegistration(row: RegistrationWithNames): EventRegistration {
  const { registration } = row;
  return {
    id: registration.id,
    eventId: registration.eventId,
    name: registration.name,
    email: registration.email,
    note: registration.note,
    status: registration.status,
    waitlistPosition: row.waitlistPosition,
    organization: toOrganizationSummary(row.organization),
    registeredByName: row.registeredByName,
    registeredAt: registration.createdAt,
    cancelledAt: registration.cancelledAt,
  };
}

export function toEventParticipant(row: RegistrationWithNames): EventParticipant {
  return {
    ...toEventRegistration(row),
    attended: row.registration.attended,
    attendanceRecordedAt: row.registration.attendanceRecordedAt,
  };
}
