import { cityRoles, eventOrganizerRoles } from '@itc/shared';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Spinner } from '../components/ui/spinner';
import { ProtectedRoute } from '../features/auth/components/protected-route';
import { RequireRole } from '../features/auth/components/require-role';
import { loadPageTexts } from '../lib/i18n';
import { AppLayout } from './layouts/app-layout';
import { actingRoles } from './routes/acting-roles';
import { NotFoundRoute } from './routes/not-found';
import { RouteErrorBoundary } from './routes/route-error';

/**
 * A page whose module is downloaded when the page is first visited, then the texts that module
 * and its imports show (lib/text-areas.ts), so the page renders translated.
 */
function page<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): RouteObject['lazy'] {
  return async () => {
    const module = await load();
    await loadPageTexts();
    return { Component: module[name] };
  };
}

/**
 * Every path of the SPA; tests render the same table in a memory router. Pages are lazy: each
 * is its own chunk, downloaded on the first visit, while the shell (layout, session, error pages)
 * comes with the entry. A chunk that fails to load (gone after a deploy) is a route error.
 * `web/scripts/size-budget.mjs` names these page modules; keep it in step.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary standalone />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        // While the first page's chunk loads, the shell is already there around this.
        hydrateFallbackElement: <Spinner />,
        children: [
          {
            path: '/login',
            lazy: page(() => import('../features/auth/routes/login'), 'LoginRoute'),
          },
          {
            path: '/register',
            lazy: page(() => import('./routes/register'), 'RegisterRoute'),
          },
          {
            path: '/forgot-password',
            lazy: page(
              () => import('../features/auth/routes/forgot-password'),
              'ForgotPasswordRoute',
            ),
          },
          {
            path: '/reset-password/:token',
            lazy: page(
              () => import('../features/auth/routes/reset-password'),
              'ResetPasswordRoute',
            ),
          },
          {
            path: '/invitation/:token',
            lazy: page(() => import('./routes/invitation'), 'InvitationRoute'),
          },
          {
            path: '/accessibility',
            lazy: page(
              () => import('../features/legal/routes/accessibility-page'),
              'AccessibilityPage',
            ),
          },
          {
            path: '/privacy',
            lazy: page(() => import('../features/legal/routes/privacy-page'), 'PrivacyPage'),
          },
          {
            path: '/imprint',
            lazy: page(() => import('../features/legal/routes/imprint-page'), 'ImprintPage'),
          },
          {
            path: '/contact',
            lazy: page(() => import('../features/legal/routes/contact-page'), 'ContactPage'),
          },
          {
            element: <ProtectedRoute />,
            children: [
              {
                index: true,
                lazy: page(() => import('./routes/home'), 'HomeRoute'),
              },
              {
                path: '/organization',
                lazy: page(() => import('./routes/organization'), 'OrganizationRoute'),
              },
              {
                path: '/account',
                lazy: page(() => import('./routes/account'), 'AccountRoute'),
              },
              {
                path: '/second-factor/setup',
                lazy: page(() => import('./routes/second-factor-setup'), 'SecondFactorSetupRoute'),
              },
              {
                path: '/hires',
                children: [
                  {
                    index: true,
                    lazy: page(() => import('./routes/hires'), 'HiresRoute'),
                  },
                  {
                    element: <RequireRole roles={actingRoles} />,
                    children: [
                      {
                        path: 'new',
                        lazy: page(() => import('./routes/new-hire'), 'NewHireRoute'),
                      },
                      {
                        path: ':hireId/edit',
                        lazy: page(() => import('./routes/edit-hire'), 'EditHireRoute'),
                      },
                    ],
                  },
                  {
                    path: ':hireId',
                    lazy: page(() => import('./routes/hire'), 'HireRoute'),
                  },
                ],
              },
              {
                path: '/prechecks/:precheckId',
                children: [
                  {
                    path: 'submitted',
                    lazy: page(
                      () => import('./routes/precheck-submitted'),
                      'PrecheckSubmittedRoute',
                    ),
                  },
                  {
                    element: <RequireRole roles={actingRoles} />,
                    children: [
                      {
                        index: true,
                        lazy: page(() => import('./routes/precheck-wizard'), 'PrecheckWizardRoute'),
                      },
                      {
                        path: ':step',
                        lazy: page(() => import('./routes/precheck-wizard'), 'PrecheckWizardRoute'),
                      },
                    ],
                  },
                ],
              },
              {
                path: '/cases',
                children: [
                  {
                    index: true,
                    lazy: page(() => import('./routes/cases'), 'CasesRoute'),
                  },
                  {
                    path: 'dashboard',
                    element: <RequireRole roles={cityRoles} />,
                    children: [
                      {
                        index: true,
                        lazy: page(
                          () => import('../features/cases/routes/case-dashboard-page'),
                          'CaseDashboardPage',
                        ),
                      },
                    ],
                  },
                  {
                    path: ':caseId',
                    lazy: page(() => import('./routes/case'), 'CaseRoute'),
                  },
                ],
              },
              {
                path: '/notifications',
                lazy: page(
                  () => import('../features/notifications/routes/notifications-page'),
                  'NotificationsPage',
                ),
              },
              {
                path: '/mandates',
                element: <RequireRole roles={actingRoles} />,
                children: [
                  {
                    index: true,
                    lazy: page(() => import('./routes/mandates'), 'MandatesRoute'),
                  },
                ],
              },
              {
                path: '/events',
                children: [
                  {
                    index: true,
                    lazy: page(() => import('./routes/events'), 'EventsRoute'),
                  },
                  {
                    element: <RequireRole roles={eventOrganizerRoles} />,
                    children: [
                      {
                        path: 'new',
                        lazy: page(() => import('./routes/new-event'), 'NewEventRoute'),
                      },
                      {
                        path: ':eventId/edit',
                        lazy: page(() => import('./routes/edit-event'), 'EditEventRoute'),
                      },
                      {
                        path: ':eventId/participants',
                        lazy: page(
                          () => import('./routes/event-participants'),
                          'EventParticipantsRoute',
                        ),
                      },
                    ],
                  },
                  {
                    path: ':eventId',
                    lazy: page(() => import('./routes/event'), 'EventRoute'),
                  },
                ],
              },
              {
                path: '/admin',
                element: <RequireRole roles={['city_admin']} />,
                children: [
                  {
                    path: 'employers',
                    lazy: page(
                      () => import('../features/admin/routes/employers-page'),
                      'EmployersPage',
                    ),
                  },
                  {
                    path: 'organizations',
                    lazy: page(
                      () => import('../features/admin/routes/organizations-page'),
                      'OrganizationsPage',
                    ),
                  },
                  {
                    path: 'users',
                    lazy: page(() => import('./routes/admin-users'), 'AdminUsersRoute'),
                  },
                  {
                    path: 'mailbox',
                    lazy: page(
                      () => import('../features/admin/routes/mailbox-page'),
                      'MailboxPage',
                    ),
                  },
                  {
                    path: 'audit-log',
                    lazy: page(
                      () => import('../features/admin/routes/audit-log-page'),
                      'AuditLogPage',
                    ),
                  },
                  {
                    path: 'retention',
                    lazy: page(
                      () => import('../features/admin/routes/retention-page'),
                      'RetentionPage',
                    ),
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** Starts loading the current page's module at once, while the texts are still on their way. */
export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}

/**
 * Lets `navigate(to, { flushSync: true })` commit at once (used on logout, so that no protected
 * page renders in between without a user). The RouterProvider also runs without transitions, so
 * the page on screen always matches the address bar.
 */
export function routerFlushSync(fn: () => unknown): undefined {
  flushSync(fn);
}
