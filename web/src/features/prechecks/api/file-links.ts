import { apiBasePath } from '../../../lib/api-client';

/**
 * Files the server renders or stores are opened by plain links (the session cookie goes along):
 * the browser shows or saves them itself.
 */
export const fileLinks = {
  documentPreview: (documentId: string) =>
    `${apiBasePath}/documents/${encodeURIComponent(documentId)}/content`,
  documentDownload: (documentId: string) =>
    `${apiBasePath}/documents/${encodeURIComponent(documentId)}/content?download=1`,
  powerOfAttorney: (precheckId: string) =>
    `${apiBasePath}/prechecks/${encodeURIComponent(precheckId)}/power-of-attorney.pdf`,
  jobDataSheet: (precheckId: string) =>
    `${apiBasePath}/prechecks/${encodeURIComponent(precheckId)}/job-data-sheet.pdf`,
  receipt: (caseId: string) => `${apiBasePath}/cases/${encodeURIComponent(caseId)}/receipt.pdf`,
};
