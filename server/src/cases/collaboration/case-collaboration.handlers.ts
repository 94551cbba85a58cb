import { createRouter } from '../../lib/router';
import { requireAuth } from '../../middleware/auth';
import { findCaseToView } from '../case-access.queries';
import { caseServiceContext } from '../case-service-context.handlers';
import {
  listCaseMessagesRoute,
  postCaseMessageRoute,
  revokeCaseShareRoute,
  shareCaseRoute,
} from './case-collaboration.routes';
import { listCaseMessages } from './case-messages.queries';
import { postCaseMessage } from './case-messages.service';
import { revokeCaseShare, shareCase } from './case-shares.service';

export const caseCollaborationRouter = createRouter()
  .openapi(listCaseMessagesRoute, (c) => {
    const { db } = c.get('deps');
    const { caseRow, access } = findCaseToView(db, requireAuth(c), c.req.valid('param').id);
    const page = listCaseMessages({
      db,
      caseId: caseRow.id,
      includeInternal: access === 'city',
      ...c.req.valid('query'),
    });
    return c.json(page, 200);
  })
  .openapi(postCaseMessageRoute, (c) => {
    const message = postCaseMessage({
      ...caseServiceContext(c),
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(message, 201);
  })
  .openapi(shareCaseRoute, (c) => {
    const share = shareCase({
      ...caseServiceContext(c),
      id: c.req.valid('param').id,
      partnerOrganizationId: c.req.valid('json').partnerOrganizationId,
    });
    return c.json(share, 201);
  })
  .openapi(revokeCaseShareRoute, (c) => {
    const { id, shareId } = c.req.valid('param');
    return c.json(revokeCaseShare({ ...caseServiceContext(c), id, shareId }), 200);
  });
