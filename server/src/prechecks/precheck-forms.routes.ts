import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '@itc/shared';
import { problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';
import { pdfContent } from '../pdf/pdf-response';

const base = {
  tags: ['prechecks'],
  security: sessionSecurity,
  middleware: signedIn,
  request: { params: idParamSchema },
};

export const powerOfAttorneyRoute = createRoute({
  ...base,
  method: 'get',
  path: '/prechecks/{id}/power-of-attorney.pdf',
  summary: 'The worker’s power of attorney for the employer (§ 81a AufenthG), prefilled',
  responses: { 200: pdfContent('The Vollmacht to sign'), ...problems(401, 404) },
});

export const jobDataSheetRoute = createRoute({
  ...base,
  method: 'get',
  path: '/prechecks/{id}/job-data-sheet.pdf',
  summary: 'The job data in the order of the BA form “Erklärung zum Beschäftigungsverhältnis”',
  responses: { 200: pdfContent('The job data sheet'), ...problems(401, 404) },
});
