import { todayInGermany } from '@itc/shared';
import { onBehalfOf } from '../access/employer-access';
import { recordAccess } from '../audit/record-access';
import { listDocumentsByPrecheck } from '../documents/documents.queries';
import { contentDisposition } from '../lib/content-disposition';
import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { requireAuth, requireRole } from '../middleware/auth';
import { pdfResponse } from '../pdf/pdf-response';
import { findCaseToView } from './case-access.queries';
import {
  caseDashboardRoute,
  caseReceiptRoute,
  exportCasesRoute,
  getCaseRoute,
  listAssignableUsersRoute,
  listCaseEmployersRoute,
  listCasesRoute,
} from './cases.routes';
import { buildCaseDashboard } from './dashboard/case-dashboard.queries';
import { exportCasesCsv } from './queue/case-export.csv';
import { assertSubmissionPeriod } from './queue/case-queue.queries';
import { listCaseEmployers } from './queue/case-queue-employers.queries';
import { listCases } from './queue/list-cases.queries';
import { listAssignableUsers } from './workflow/case-assignee.service';
import { assembleCaseDetail } from './workflow/case-detail.queries';
import { renderReceipt } from './workflow/receipt.pdf';

const cityStaff = ['city_reviewer', 'city_admin'] as const;

// The fixed paths come before `/cases/{id}`, which would otherwise take "dashboard" for an id.
export const casesRouter = createRouter()
  .openapi(listCasesRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { limit, cursor, ...filter } = c.req.valid('query');
    const auth = requireAuth(c);
    assertSubmissionPeriod(filter, requestLocale(c));
    const page = listCases({
      db,
      auth,
      today: todayInGermany(clock.now()),
      filter,
      limit,
      cursor,
    });
    return c.json(page, 200);
  })
  .openapi(caseDashboardRoute, async (c) => {
    const { db, clock } = c.get('deps');
    requireRole(c, ...cityStaff);
    const dashboard = await buildCaseDashboard({
      db,
      now: clock.now(),
      locale: requestLocale(c),
      query: c.req.valid('query'),
    });
    return c.json(dashboard, 200);
  })
  .openapi(exportCasesRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const now = clock.now();
    const auth = requireRole(c, ...cityStaff);
    const locale = requestLocale(c);
    const filter = c.req.valid('query');
    assertSubmissionPeriod(filter, locale);
    const { total, stream } = await exportCasesCsv({
      db,
      auth,
      today: todayInGermany(now),
      locale,
      filter,
    });
    // The search words may be a person's name, so only whether there was a search is kept.
    const { q, ...filters } = filter;
    recordAccess(
      db,
      auth,
      {
        action: 'case.exported',
        target: { type: 'organization', id: auth.organization.id },
        after: { filters: { ...filters, search: q !== undefined && q !== '' }, rows: total },
      },
      now,
    );
    return c.body(stream, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(
        'attachment',
        `Verfahren-${todayInGermany(now)}.csv`,
      ),
      'X-Total-Count': String(total),
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(listCaseEmployersRoute, (c) => {
    requireRole(c, ...cityStaff);
    return c.json({ items: listCaseEmployers(c.get('deps').db), nextCursor: null }, 200);
  })
  .openapi(listAssignableUsersRoute, (c) => {
    requireRole(c, ...cityStaff);
    return c.json({ items: listAssignableUsers(c.get('deps').db), nextCursor: null }, 200);
  })
  .openapi(getCaseRoute, (c) => {
    const { db, clock } = c.get('deps');
    const visible = findCaseToView(db, requireAuth(c), c.req.valid('param').id);
    return c.json(assembleCaseDetail(db, visible, todayInGermany(clock.now())), 200);
  })
  .openapi(caseReceiptRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const auth = requireAuth(c);
    const { caseRow } = findCaseToView(db, auth, c.req.valid('param').id);
    const documents = listDocumentsByPrecheck(db, [caseRow.precheckId]).get(caseRow.precheckId);
    const bytes = await renderReceipt({ caseRow, documents: documents ?? [] });
    recordAccess(
      db,
      auth,
      {
        onBehalfOfOrganizationId: onBehalfOf(auth, caseRow.organizationId),
        action: 'case.receipt_downloaded',
        target: { type: 'case', id: caseRow.id },
      },
      clock.now(),
    );
    return pdfResponse(c, bytes, `Eingangsbestaetigung-${caseRow.reference}.pdf`);
  });
