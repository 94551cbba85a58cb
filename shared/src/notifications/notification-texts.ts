import type { Locale } from '../api/common.schema';
import { caseStatusLabels } from '../cases/case-status-texts';
import { caseStatusSchema } from '../cases/case-statuses';
import type { NotificationKind } from './notification.schema';

export type NotificationParams = Record<string, string>;

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** An ISO calendar day as the recipient reads dates, e.g. 04.06.2026 or 4 Jun 2026. */
export function formatCalendarDay(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormats[locale].format(date);
}

function statusLabel(status: string | undefined, locale: Locale): string {
  const parsed = caseStatusSchema.safeParse(status);
  return parsed.success ? caseStatusLabels[parsed.data][locale] : (status ?? '');
}

/**
 * The notification's text in the recipient's language; the in-app list and the email subject use
 * the same words.
 */
export function notificationTitle(
  kind: NotificationKind,
  params: NotificationParams,
  locale: Locale,
): string {
  const reference = params.reference ?? '';
  const de = locale === 'de';
  switch (kind) {
    case 'case_status_changed':
      return de
        ? `${reference}: neuer Stand „${statusLabel(params.status, locale)}“`
        : `${reference}: new stage “${statusLabel(params.status, locale)}”`;
    case 'case_documents_requested': {
      const due = formatCalendarDay(params.dueDate ?? '', locale);
      return de
        ? `${reference}: Unterlagen nachgefordert – bitte bis ${due} hochladen`
        : `${reference}: documents requested – please upload by ${due}`;
    }
    case 'case_message':
      return de
        ? `${reference}: neue Nachricht von ${params.authorName ?? ''}`
        : `${reference}: new message from ${params.authorName ?? ''}`;
    case 'case_assigned':
      return de
        ? `${reference}: Ihnen zugewiesen von ${params.assignedByName ?? ''}`
        : `${reference}: assigned to you by ${params.assignedByName ?? ''}`;
    case 'case_shared':
      return de
        ? `${reference}: ${params.employerName ?? ''} hat ein Verfahren zur Beratung mit Ihnen geteilt`
        : `${reference}: ${params.employerName ?? ''} shared a case with you for advice`;
    case 'case_employment_ended': {
      const learned = formatCalendarDay(params.learnedOn ?? '', locale);
      return de
        ? `${reference}: Ende des Arbeitsverhältnisses gemeldet (bekannt seit ${learned})`
        : `${reference}: end of employment reported (known since ${learned})`;
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
