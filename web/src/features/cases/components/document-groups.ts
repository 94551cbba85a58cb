import {
  type CaseDetail,
  type CaseDetailDocument,
  type Locale,
  requiredDocuments,
} from '@itc/shared';

export type DocumentGroup = {
  key: string;
  /** The checklist item ("Reisepass"), or what a request named beyond the checklist. */
  label: string;
  /** On the checklist of the pre-check: shown even while no file is there. */
  isChecklistItem: boolean;
  documents: CaseDetailDocument[];
};

/**
 * The case's files under the checklist items of its pre-check, in checklist order. Files beyond
 * it follow: asked for by a request (under the name the request gave them), or of a checklist
 * item the pre-check did not list (under the item's own name).
 */
export function groupCaseDocuments(
  detail: Pick<CaseDetail, 'documents' | 'documentRequests' | 'assessment'>,
  { locale, otherLabel }: { locale: Locale; otherLabel: string },
): DocumentGroup[] {
  const groups: DocumentGroup[] = detail.assessment.requiredDocuments.map((item) => ({
    key: item.code,
    label: item.label,
    isChecklistItem: true,
    documents: [],
  }));
  const byKey = new Map(groups.map((group) => [group.key, group]));
  for (const document of detail.documents) {
    const onChecklist = byKey.get(document.requirementCode);
    if (onChecklist) {
      onChecklist.documents.push(document);
      continue;
    }
    const request = detail.documentRequests.find((r) => r.id === document.documentRequestId);
    const known = requiredDocuments.find((item) => item.code === document.requirementCode);
    const label =
      request?.documents.find((asked) => asked.code === document.requirementCode)?.label ??
      (known ? (locale === 'de' ? known.labelDe : known.labelEn) : otherLabel);
    const key = `${document.documentRequestId ?? 'submission'}:${document.requirementCode}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, label, isChecklistItem: false, documents: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.documents.push(document);
  }
  return groups;
}
