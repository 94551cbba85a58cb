import { createRouter } from '../../lib/router';
import { caseServiceContext } from '../case-service-context.handlers';
import { assignCase } from './case-assignee.service';
import { deleteCaseDocument, uploadCaseDocument } from './case-documents.service';
import {
  answerDocumentRequestRoute,
  assignCaseRoute,
  deleteCaseDocumentRoute,
  reportEmploymentEndedRoute,
  transitionCaseRoute,
  uploadCaseDocumentRoute,
} from './case-workflow.routes';
import { reportEmploymentEnded } from './employment-ended.service';
import { answerDocumentRequest, transitionCase } from './transition-case.service';

export const caseWorkflowRouter = createRouter()
  .openapi(transitionCaseRoute, (c) => {
    const detail = transitionCase({
      ...caseServiceContext(c),
      id: c.req.valid('param').id,
      request: c.req.valid('json'),
    });
    return c.json(detail, 200);
  })
  .openapi(answerDocumentRequestRoute, (c) => {
    const { id, requestId } = c.req.valid('param');
    const detail = answerDocumentRequest({
      ...caseServiceContext(c),
      id,
      requestId,
      answer: c.req.valid('json'),
    });
    return c.json(detail, 200);
  })
  .openapi(uploadCaseDocumentRoute, async (c) => {
    const { config, logger } = c.get('deps');
    const { requirementCode, file } = c.req.valid('form');
    const document = await uploadCaseDocument({
      ...caseServiceContext(c),
      uploadDir: config.uploadDir,
      logger,
      id: c.req.valid('param').id,
      requirementCode,
      file,
    });
    return c.json(document, 201);
  })
  .openapi(deleteCaseDocumentRoute, async (c) => {
    const { config, logger } = c.get('deps');
    const { id, documentId } = c.req.valid('param');
    await deleteCaseDocument({
      ...caseServiceContext(c),
      uploadDir: config.uploadDir,
      logger,
      id,
      documentId,
    });
    return c.body(null, 204);
  })
  .openapi(assignCaseRoute, (c) => {
    const detail = assignCase({
      ...caseServiceContext(c),
      id: c.req.valid('param').id,
      userId: c.req.valid('json').userId,
    });
    return c.json(detail, 200);
  })
  .openapi(reportEmploymentEndedRoute, (c) => {
    const detail = reportEmploymentEnded({
      ...caseServiceContext(c),
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(detail, 200);
  });
