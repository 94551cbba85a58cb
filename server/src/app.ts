import { OpenAPIHono } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { accountRouter } from './account/account.handlers';
import { adminRouter } from './admin/admin.handlers';
import { auditLogRouter } from './admin/audit-log.handlers';
import type { AppDeps, AppEnv } from './app-env';
import { authRouter } from './auth/auth.handlers';
import { healthRoute } from './auth/auth.routes';
import { loadSession } from './auth/load-session.middleware';
import { passwordResetRouter } from './auth/password-reset.handlers';
import { casesRouter } from './cases/cases.handlers';
import { caseCollaborationRouter } from './cases/collaboration/case-collaboration.handlers';
import { caseOverviewRouter } from './cases/dashboard/case-overview.handlers';
import { caseWorkflowRouter } from './cases/workflow/case-workflow.handlers';
import { colleaguesRouter } from './colleagues/colleagues.handlers';
import { documentsRouter } from './documents/documents.handlers';
import { isDocumentUpload, uploadBodyLimit } from './documents/upload-body-limit';
import { eventsRouter } from './events/events.handlers';
import { eventParticipantsRouter } from './events/participants/event-participants.handlers';
import { eventRegistrationsRouter } from './events/registrations/event-registrations.handlers';
import { hiresRouter } from './hires/hires.handlers';
import { invitationsRouter } from './invitations/invitations.handlers';
import { AppError } from './lib/app-error';
import { problemResponse } from './lib/problem';
import { createRouter } from './lib/router';
import { mandatesRouter } from './mandates/mandates.handlers';
import { declaredBodyLimit } from './middleware/declared-body-limit';
import { secondFactorGate } from './middleware/second-factor-gate';
import { notificationsRouter } from './notifications/notifications.handlers';
import { organizationsRouter } from './organizations/organizations.handlers';
import { precheckDocumentsRouter } from './prechecks/precheck-documents.handlers';
import { precheckFormsRouter } from './prechecks/precheck-forms.handlers';
import { prechecksRouter } from './prechecks/prechecks.handlers';
import { registrationsRouter } from './registrations/registrations.handlers';
import { retentionRouter } from './retention/retention.handlers';
import { rejectCrossOrigin } from './security/reject-cross-origin';
import { serveSpa } from './static/serve-spa';

export type CreateAppOptions = AppDeps & {
  /** Folder of the built SPA; served with a fallback to index.html for client routes. */
  webDist?: string;
};

const api = createRouter()
  .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
  .route('/', authRouter)
  .route('/', passwordResetRouter)
  .route('/', accountRouter)
  .route('/', registrationsRouter)
  .route('/', invitationsRouter)
  .route('/', organizationsRouter)
  .route('/', colleaguesRouter)
  .route('/', adminRouter)
  .route('/', hiresRouter)
  .route('/', mandatesRouter)
  .route('/', prechecksRouter)
  .route('/', precheckFormsRouter)
  .route('/', precheckDocumentsRouter)
  .route('/', documentsRouter)
  .route('/', caseOverviewRouter)
  .route('/', casesRouter)
  .route('/', caseWorkflowRouter)
  .route('/', caseCollaborationRouter)
  .route('/', notificationsRouter)
  .route('/', auditLogRouter)
  .route('/', retentionRouter)
  .route('/', eventsRouter)
  .route('/', eventRegistrationsRouter)
  .route('/', eventParticipantsRouter);

export function createApp(options: CreateAppOptions) {
  const { webDist, ...deps } = options;
  const app = new OpenAPIHono<AppEnv>();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    }),
  );
  app.use(
    '*',
    createMiddleware<AppEnv>(async (c, next) => {
      c.set('deps', deps);
      const started = performance.now();
      await next();
      deps.logger.debug(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: performance.now() - started,
        },
        'request',
      );
    }),
  );
  const jsonBodyLimit = declaredBodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) =>
      problemResponse(c, 'validation_failed', {
        detail: 'The request body is larger than 1 MB.',
      }),
  });
  // Document uploads get their own 10 MB limit; every other request stays at 1 MB. GET and HEAD
  // carry no body, and asking for one would build a full Request object for nothing.
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return isDocumentUpload(c) ? uploadBodyLimit(c, next) : jsonBodyLimit(c, next);
  });
  app.use('/api/*', rejectCrossOrigin);
  app.use('/api/*', loadSession);
  app.use('/api/*', secondFactorGate);

  app.route('/api', api);

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'itc_session',
    description: 'Named `__Host-itc_session` when the portal is served over https.',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'ITC Partner Portal API',
      version: '1.0.0',
      description:
        'API of the employer partner portal of the International Talent Center Duisburg. Errors are application/problem+json (RFC 9457) with a stable `code`.',
    },
  });

  app.all('/api/*', (c) =>
    problemResponse(c, 'not_found', { detail: `No route ${c.req.method} ${c.req.path}` }),
  );

  if (webDist) app.get('*', serveSpa(webDist));

  app.onError((error, c) => {
    if (error instanceof AppError) {
      return problemResponse(c, error.code, {
        detail: error.message === error.code ? undefined : error.message,
        errors: error.errors,
        headers: error.headers,
        extra: error.extra,
      });
    }
    if (error instanceof HTTPException && error.status === 400) {
      return problemResponse(c, 'malformed_json', { detail: error.message });
    }
    if (error instanceof HTTPException && error.status === 415) {
      return problemResponse(c, 'validation_failed', {
        detail: `Unsupported Content-Type: ${c.req.header('content-type') ?? 'none'}.`,
      });
    }
    deps.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return problemResponse(c, 'internal_error');
  });

  return app;
}
