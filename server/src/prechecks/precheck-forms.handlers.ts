import type { Context } from 'hono';
import { onBehalfOf } from '../access/employer-access';
import type { AppEnv, AuthContext } from '../app-env';
import { recordAccess } from '../audit/record-access';
import { toHireInput } from '../hires/hire.mapper';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { getOrganization } from '../organizations/organizations.service';
import { pdfResponse } from '../pdf/pdf-response';
import { renderJobDataSheet } from './job-data-sheet.pdf';
import { renderPowerOfAttorney } from './power-of-attorney.pdf';
import { findPrecheckToView, type PrecheckRecord } from './precheck-access';
import { jobDataSheetRoute, powerOfAttorneyRoute } from './precheck-forms.routes';

type PrecheckForm = 'power_of_attorney' | 'job_data_sheet';

/** The forms carry the hire's passport data, so handing one out is audited like a document. */
function recordFormDownloaded(
  c: Context<AppEnv>,
  auth: AuthContext,
  { precheck, hire }: PrecheckRecord,
  form: PrecheckForm,
): void {
  recordAccess(
    c.get('deps').db,
    auth,
    {
      onBehalfOfOrganizationId: onBehalfOf(auth, hire.organizationId),
      action: 'precheck.form_downloaded',
      target: { type: 'precheck', id: precheck.id },
      after: { form },
    },
    c.get('deps').clock.now(),
  );
}

export const precheckFormsRouter = createRouter()
  .openapi(powerOfAttorneyRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const auth = requireAuth(c);
    const record = findPrecheckToView(db, auth, c.req.valid('param').id);
    const { hire } = record;
    const bytes = await renderPowerOfAttorney({
      hire: toHireInput(hire),
      employer: getOrganization(db, hire.organizationId),
      now: clock.now(),
    });
    recordFormDownloaded(c, auth, record, 'power_of_attorney');
    return pdfResponse(c, bytes, `Vollmacht-${hire.familyName}-${hire.givenNames}.pdf`);
  })
  .openapi(jobDataSheetRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const auth = requireAuth(c);
    const record = findPrecheckToView(db, auth, c.req.valid('param').id);
    const { precheck, hire } = record;
    const bytes = await renderJobDataSheet({
      hire: toHireInput(hire),
      answers: precheck.answers,
      employer: getOrganization(db, hire.organizationId),
      now: clock.now(),
    });
    recordFormDownloaded(c, auth, record, 'job_data_sheet');
    return pdfResponse(c, bytes, `Beschaeftigungsdaten-${hire.familyName}-${hire.givenNames}.pdf`);
  });
