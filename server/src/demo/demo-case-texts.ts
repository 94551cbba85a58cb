import type { CaseStatus, RequestedDocument } from '@itc/shared';

/** Notes city staff and HR leave on their moves in the demo timelines. */
export const demoMoveNotes: Partial<Record<CaseStatus, string>> = {
  forwarded: 'Akte vollständig, an die ZFE NRW übermittelt.',
  recognition_pending: 'Antrag auf Anerkennung bei der zuständigen Stelle eingegangen.',
  deficit_notice:
    'Bescheid der Anerkennungsstelle: wesentliche Unterschiede, Anpassungslehrgang erforderlich.',
  ba_consent_pending: 'Zustimmung der Bundesagentur für Arbeit angefragt.',
  pre_approval_issued: 'Vorabzustimmung an die Auslandsvertretung übermittelt.',
  visa_issued: 'Laut Fachkraft wurde das Visum heute ausgehändigt.',
  entered: 'Die Fachkraft ist in Duisburg angekommen.',
};

export const demoRejectionReason =
  'Das Gehalt laut Arbeitsvertrag liegt unter der Grenze, die im Vorab-Check angegeben wurde; die Voraussetzungen sind nicht erfüllt.';

export const demoWithdrawalReason = 'Die Fachkraft hat sich für ein anderes Angebot entschieden.';

export const demoRequestedDocuments: RequestedDocument[] = [
  { code: 'cv_german', label: 'Lebenslauf auf Deutsch, aktuell und unterschrieben' },
  { code: 'employment_contract', label: 'Arbeitsvertrag mit Unterschrift beider Seiten' },
];

export const demoRequestMessage =
  'Guten Tag, für die Weiterleitung an die ZFE fehlen uns noch zwei Unterlagen. Bitte laden Sie sie hier hoch. Vielen Dank!';

/** The thread of a demo case: who wrote what, after which stage was reached. */
export const demoMessages: {
  after: CaseStatus;
  side: 'city' | 'employer';
  internal: boolean;
  body: string;
}[] = [
  {
    after: 'in_review',
    side: 'city',
    internal: false,
    body: 'Guten Tag, vielen Dank für die Einreichung. Wir prüfen die Unterlagen und melden uns hier, falls etwas fehlt.',
  },
  {
    after: 'forwarded',
    side: 'city',
    internal: true,
    body: 'ZFE hat den Eingang telefonisch bestätigt; Vereinbarung und Gebührenbescheid gehen direkt an den Arbeitgeber.',
  },
  {
    after: 'pre_approval_issued',
    side: 'employer',
    internal: false,
    body: 'Die Fachkraft wartet noch auf einen Termin bei der Botschaft. Können Sie dort nachfragen?',
  },
  {
    after: 'visa_issued',
    side: 'employer',
    internal: false,
    body: 'Das Visum ist da – die Einreise ist für die kommende Woche geplant.',
  },
];
