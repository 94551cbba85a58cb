import type { Locale } from '../api/common.schema';
import type { CaseStatus } from './case-statuses';

export const deadlineUnits = ['calendar_days', 'business_days', 'weeks', 'months'] as const;
export type DeadlineUnit = (typeof deadlineUnits)[number];

/** What a period runs from. */
export type DeadlineAnchor = 'stage_start' | 'appointment_date' | 'learned_on';

export type DeadlineRule = {
  amount: number;
  unit: DeadlineUnit;
  from: DeadlineAnchor;
  /**
   * § 31(3) VwVfG: a period that ends on a Saturday, Sunday or public holiday ends on the next
   * working day (NRW holidays, as the authorities involved sit in NRW).
   */
  endsOnWorkingDay: boolean;
  /** Where the target comes from, for the case page. */
  basis: Record<Locale, string>;
};

/**
 * Stages with a statutory or agreed target (domain reference, section 2). A stage's due date is
 * set when the case enters it; the server does the calendar arithmetic.
 */
export const stageDeadlines = {
  documents_requested: {
    // The default when city staff give no date of their own.
    amount: 14,
    unit: 'calendar_days',
    from: 'stage_start',
    endsOnWorkingDay: true,
    basis: {
      de: 'Frist für die angeforderten Unterlagen',
      en: 'Due date for the requested documents',
    },
  },
  recognition_pending: {
    amount: 2,
    unit: 'months',
    from: 'stage_start',
    endsOnWorkingDay: true,
    basis: {
      de: 'Anerkennungsentscheidung binnen zwei Monaten nach vollständigen Unterlagen (§ 14a BQFG)',
      en: 'Recognition decision within two months of a complete file (§ 14a BQFG)',
    },
  },
  ba_consent_pending: {
    amount: 1,
    unit: 'weeks',
    from: 'stage_start',
    endsOnWorkingDay: true,
    basis: {
      de: 'Zustimmung der BA gilt nach einer Woche als erteilt (§ 36 Abs. 2 BeschV)',
      en: 'The BA’s consent counts as given after one week (§ 36(2) BeschV)',
    },
  },
  pre_approval_issued: {
    amount: 3,
    unit: 'weeks',
    from: 'stage_start',
    endsOnWorkingDay: true,
    basis: {
      de: 'Visumtermin binnen drei Wochen (§ 31a AufenthV)',
      en: 'Visa appointment within three weeks (§ 31a AufenthV)',
    },
  },
  visa_appointment_booked: {
    amount: 3,
    unit: 'weeks',
    from: 'appointment_date',
    endsOnWorkingDay: true,
    basis: {
      de: 'Visumentscheidung in der Regel binnen drei Wochen nach vollständigem Antrag (§ 31a AufenthV)',
      en: 'Visa decision usually within three weeks of a complete application (§ 31a AufenthV)',
    },
  },
} as const satisfies Partial<Record<CaseStatus, DeadlineRule>>;

export type DeadlineStage = keyof typeof stageDeadlines;

export function hasStageDeadline(status: CaseStatus): status is DeadlineStage {
  return Object.hasOwn(stageDeadlines, status);
}

/** The employer reports an early end of employment within four weeks (§ 4a(5) AufenthG). */
export const employmentEndedReportDeadline = {
  amount: 4,
  unit: 'weeks',
  from: 'learned_on',
  endsOnWorkingDay: true,
  basis: {
    de: 'Meldung binnen vier Wochen nach Kenntnis (§ 4a Abs. 5 AufenthG)',
    en: 'Report within four weeks of learning of it (§ 4a(5) AufenthG)',
  },
} as const satisfies DeadlineRule;
