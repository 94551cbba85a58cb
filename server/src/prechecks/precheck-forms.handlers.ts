import { toHireInput } from '../hires/hire.mapper';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { getOrganization } from '../organizations/organizations.service';
import { pdfResponse } from '../pdf/pdf-response';
import { renderJobDataSheet } from './job-data-sheet.pdf';
import { renderPowerOfAttorney } from './power-of-attorney.pdf';
import { findPrecheckToView } from './precheck-access';
import { jobDataSheetRoute, powerOfAttorneyRoute } from './precheck-forms.routes';

export const precheckFormsRouter = createRouter()
  .openapi(powerOfAttorneyRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { hire } = findPrecheckToView(db, requireAuth(c), c.req.valid('param').id);
    const bytes = await renderPowerOfAttorney({
      hire: toHireInput(hire),
      employer: getOrganization(db, hire.organizationId),
      now: clock.now(),
    });
    return pdfResponse(c, bytes, `Vollmacht-${hire.familyName}-${hire.givenNames}.pdf`);
  })
  .openapi(jobDataSheetRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { precheck, hire } = findPrecheckToView(db, requireAuth(c), c.req.valid('param').id);
    const bytes = await renderJobDataSheet({
      hire: toHireInput(hire),
      answers: precheck.answers,
      employer: getOrganization(db, hire.organizationId),
      now: clock.now(),
    });
    return pdfResponse(c, bytes, `Beschaeftigungsdaten-${hire.familyName}-${hire.givenNames}.pdf`);
  });
