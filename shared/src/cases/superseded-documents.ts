import type { CaseDetailDocument, CaseDocument } from './case-document-request.schema';

/** Free-form requests ("Weitere Unterlage") name no checklist item, so nothing is replaced. */
const otherDocumentCode = 'other';

/**
 * Marks what a re-upload replaces: a file answering a document request supersedes the files of
 * the same checklist item from an earlier round (the submission or an earlier request); files of
 * one round (pages scanned one by one) stand side by side. Rounds are ordered by the requests
 * (`requestIds`, oldest first), not by upload times, which may tie.
 */
export function markSupersededDocuments(
  documents: CaseDocument[],
  requestIds: readonly string[],
): CaseDetailDocument[] {
  const roundOf = (document: CaseDocument) =>
    document.documentRequestId === null ? -1 : requestIds.indexOf(document.documentRequestId);
  return documents.map((document) => {
    const round = roundOf(document);
    let replacement: CaseDocument | undefined;
    if (document.requirementCode !== otherDocumentCode) {
      for (const later of documents) {
        const laterRound = roundOf(later);
        if (
          later.requirementCode === document.requirementCode &&
          laterRound > round &&
          (!replacement || laterRound < roundOf(replacement))
        ) {
          replacement = later;
        }
      }
    }
    return { ...document, supersededById: replacement?.id ?? null };
  });
}
