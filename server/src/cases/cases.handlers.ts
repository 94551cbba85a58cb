import { listDocumentsByPrecheck } from '../documents/documents.queries';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { pdfResponse } from '../pdf/pdf-response';
import { findCaseToView } from './case-access';
import { caseReceiptRoute } from './cases.routes';
import { renderReceipt } from './receipt.pdf';

export const casesRouter = createRouter().openapi(caseReceiptRoute, async (c) => {
  const { db } = c.get('deps');
  const caseRow = findCaseToView(db, requireAuth(c), c.req.valid('param').id);
  const documents = listDocumentsByPrecheck(db, [caseRow.precheckId]).get(caseRow.precheckId);
  const bytes = await renderReceipt({ caseRow, documents: documents ?? [] });
  return pdfResponse(c, bytes, `Eingangsbestaetigung-${caseRow.reference}.pdf`);
});
