import type { Locale } from '../api/common.schema';
import type { CaseStatus } from './case-statuses';

type Text = Record<Locale, string>;

/** Each stage in plain language, as the progress stepper and the queue name it. */
export const caseStatusLabels: Record<CaseStatus, Text> = {
  submitted: { de: 'Eingereicht', en: 'Submitted' },
  in_review: { de: 'In Prüfung beim ITC', en: 'Being reviewed by the ITC' },
  documents_requested: { de: 'Unterlagen nachgefordert', en: 'Documents requested' },
  forwarded: {
    de: 'An die ZFE NRW weitergeleitet',
    en: 'Forwarded to ZFE NRW',
  },
  recognition_pending: {
    de: 'Anerkennung der Qualifikation läuft',
    en: 'Recognition of the qualification in progress',
  },
  deficit_notice: {
    de: 'Defizitbescheid: teilweise anerkannt',
    en: 'Deficit notice: partially recognised',
  },
  ba_consent_pending: {
    de: 'Zustimmung der Bundesagentur für Arbeit angefragt',
    en: 'Consent of the Federal Employment Agency requested',
  },
  pre_approval_issued: {
    de: 'Vorabzustimmung erteilt',
    en: 'Pre-approval issued',
  },
  visa_appointment_booked: {
    de: 'Visumtermin gebucht',
    en: 'Visa appointment booked',
  },
  visa_issued: { de: 'Visum erteilt', en: 'Visa issued' },
  visa_refused: { de: 'Visum abgelehnt', en: 'Visa refused' },
  entered: { de: 'Eingereist', en: 'Arrived in Germany' },
  permit_issued: { de: 'Aufenthaltstitel erteilt', en: 'Residence permit issued' },
  rejected: { de: 'Abgelehnt', en: 'Rejected' },
  withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
};

/** What the employer must do next at each stage, or that nothing is needed from it now. */
export const employerNextSteps: Record<CaseStatus, Text> = {
  submitted: {
    de: 'Im Moment nichts. Das ITC sieht sich Ihre Unterlagen in Kürze an.',
    en: 'Nothing for now. The ITC will look at your documents shortly.',
  },
  in_review: {
    de: 'Im Moment nichts. Fehlt etwas, fordern wir es hier im Portal bei Ihnen an.',
    en: 'Nothing for now. If anything is missing, we will ask for it here in the portal.',
  },
  documents_requested: {
    de: 'Bitte laden Sie die angeforderten Unterlagen bis zur genannten Frist hoch und senden Sie die Antwort ab.',
    en: 'Please upload the requested documents by the due date and send your answer.',
  },
  forwarded: {
    de: 'Die ZFE NRW meldet sich bei Ihnen: Schließen Sie die Vereinbarung über das beschleunigte Fachkräfteverfahren und zahlen Sie die Gebühr.',
    en: 'ZFE NRW will contact you: sign the agreement on the accelerated procedure and pay the fee.',
  },
  recognition_pending: {
    de: 'Im Moment nichts. Die Anerkennungsstelle entscheidet in der Regel innerhalb von zwei Monaten.',
    en: 'Nothing for now. The recognition body usually decides within two months.',
  },
  deficit_notice: {
    de: 'Die Qualifikation wurde teilweise anerkannt. Das ITC prüft mit Ihnen, ob eine Anpassungsmaßnahme nach § 16d in Frage kommt.',
    en: 'The qualification was partially recognised. The ITC will check with you whether an adaptation measure under § 16d is possible.',
  },
  ba_consent_pending: {
    de: 'Im Moment nichts. Die Zustimmung der Bundesagentur für Arbeit gilt nach einer Woche als erteilt, wenn sie sich nicht meldet.',
    en: 'Nothing for now. The consent of the Federal Employment Agency counts as given after one week if it does not respond.',
  },
  pre_approval_issued: {
    de: 'Die Fachkraft bucht jetzt einen Termin bei der Auslandsvertretung. Bitte tragen Sie das Termindatum hier ein, sobald Sie es kennen.',
    en: 'The worker now books an appointment at the embassy. Please enter the appointment date here as soon as you know it.',
  },
  visa_appointment_booked: {
    de: 'Bitte tragen Sie hier ein, ob das Visum erteilt oder abgelehnt wurde, sobald die Fachkraft es Ihnen mitteilt.',
    en: 'Please record here whether the visa was issued or refused as soon as the worker tells you.',
  },
  visa_issued: {
    de: 'Bitte tragen Sie hier die Einreise der Fachkraft ein, sobald sie in Deutschland ist.',
    en: 'Please record the worker’s arrival here as soon as they are in Germany.',
  },
  visa_refused: {
    de: 'Das Verfahren ist beendet. Das ITC berät Sie gern zu den nächsten Schritten.',
    en: 'The procedure has ended. The ITC will gladly advise you on the next steps.',
  },
  entered: {
    de: 'Die Fachkraft beantragt den Aufenthaltstitel bei der Ausländerbehörde Duisburg. Endet das Arbeitsverhältnis vorzeitig, melden Sie es bitte innerhalb von vier Wochen hier.',
    en: 'The worker applies for the residence permit at the Duisburg immigration office. If the employment ends early, please report it here within four weeks.',
  },
  permit_issued: {
    de: 'Das Verfahren ist abgeschlossen. Endet das Arbeitsverhältnis vorzeitig, melden Sie es bitte innerhalb von vier Wochen hier.',
    en: 'The procedure is complete. If the employment ends early, please report it here within four weeks.',
  },
  rejected: {
    de: 'Das Verfahren ist beendet. Die Begründung finden Sie im Verlauf.',
    en: 'The procedure has ended. You will find the reason in the timeline.',
  },
  withdrawn: {
    de: 'Sie haben das Verfahren zurückgezogen.',
    en: 'You have withdrawn the procedure.',
  },
};
