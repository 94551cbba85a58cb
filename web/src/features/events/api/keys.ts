import type { EventFormat, EventLanguage, EventTopic, RegistrationStatus } from '@itc/shared';

/** Filters of the events list; `from`/`to` are ISO instants (a day range or a calendar month). */
export type EventFilters = {
  topic?: EventTopic;
  format?: EventFormat;
  language?: EventLanguage;
  from?: string;
  to?: string;
  /** Organiser view: the own organisation's events in every status. */
  mine?: boolean;
};

export type ParticipantFilters = { q?: string; status?: RegistrationStatus };

export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filters: EventFilters) => [...eventKeys.lists(), filters] as const,
  month: (filters: EventFilters) => [...eventKeys.lists(), 'month', filters] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
  ownRegistrations: (id: string) => [...eventKeys.detail(id), 'registrations'] as const,
  participantLists: (id: string) => [...eventKeys.detail(id), 'participants'] as const,
  participants: (id: string, filters: ParticipantFilters) =>
    [...eventKeys.participantLists(id), filters] as const,
};
