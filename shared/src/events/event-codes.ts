import { z } from 'zod';
import type { Locale } from '../api/common.schema';

type Labels<Code extends string> = Record<Code, Record<Locale, string>>;

/** What an information event is about; an event has one or more topics. */
export const eventTopics = [
  'accelerated_procedure',
  'recognition',
  'nursing',
  'blue_card',
  'integration',
  'onboarding',
  'legal_changes',
  'fair_recruitment',
] as const;
export const eventTopicSchema = z.enum(eventTopics);
export type EventTopic = z.infer<typeof eventTopicSchema>;

export const eventTopicLabels: Labels<EventTopic> = {
  accelerated_procedure: {
    de: 'Beschleunigtes Fachkräfteverfahren (§ 81a AufenthG)',
    en: 'Accelerated skilled-worker procedure (§ 81a AufenthG)',
  },
  recognition: {
    de: 'Anerkennung ausländischer Berufsabschlüsse',
    en: 'Recognition of foreign qualifications',
  },
  nursing: { de: 'Pflegeberufe', en: 'Nursing professions' },
  blue_card: { de: 'Blaue Karte EU', en: 'EU Blue Card' },
  integration: { de: 'Integration', en: 'Integration' },
  onboarding: { de: 'Onboarding und Bindung', en: 'Onboarding and retention' },
  legal_changes: { de: 'Rechtsänderungen', en: 'Changes in the law' },
  fair_recruitment: { de: 'Faire Anwerbung', en: 'Fair recruitment' },
};

export const eventTargetGroups = ['all_employers', 'hr_staff', 'management', 'trainers'] as const;
export const eventTargetGroupSchema = z.enum(eventTargetGroups);
export type EventTargetGroup = z.infer<typeof eventTargetGroupSchema>;

export const eventTargetGroupLabels: Labels<EventTargetGroup> = {
  all_employers: { de: 'Alle Arbeitgeber', en: 'All employers' },
  hr_staff: { de: 'Personalabteilungen', en: 'HR staff' },
  management: { de: 'Geschäftsführung', en: 'Management' },
  trainers: { de: 'Ausbilder und Praxisanleitung', en: 'Trainers and practice instructors' },
};

/** In person needs an address, online a join link, hybrid both. */
export const eventFormats = ['in_person', 'online', 'hybrid'] as const;
export const eventFormatSchema = z.enum(eventFormats);
export type EventFormat = z.infer<typeof eventFormatSchema>;

export const eventFormatLabels: Labels<EventFormat> = {
  in_person: { de: 'Vor Ort', en: 'In person' },
  online: { de: 'Online', en: 'Online' },
  hybrid: { de: 'Hybrid (vor Ort und online)', en: 'Hybrid (in person and online)' },
};

/** The language the event is held in. */
export const eventLanguages = ['de', 'en'] as const;
export const eventLanguageSchema = z.enum(eventLanguages);
export type EventLanguage = z.infer<typeof eventLanguageSchema>;

export const eventLanguageLabels: Labels<EventLanguage> = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
};

export const eventStatuses = ['draft', 'published', 'cancelled'] as const;
export const eventStatusSchema = z.enum(eventStatuses);
export type EventStatus = z.infer<typeof eventStatusSchema>;

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const registrationStatusSchema = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

export const registrationStatusLabels: Labels<RegistrationStatus> = {
  confirmed: { de: 'Bestätigt', en: 'Confirmed' },
  waitlisted: { de: 'Warteliste', en: 'Waiting list' },
  cancelled: { de: 'Storniert', en: 'Cancelled' },
};

/** Formats that take place in a room, so an address is needed. */
export function isOnSite(format: EventFormat): boolean {
  return format === 'in_person' || format === 'hybrid';
}

/** Formats with a join link. */
export function isOnline(format: EventFormat): boolean {
  return format === 'online' || format === 'hybrid';
}
