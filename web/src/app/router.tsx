import { cityRoles, eventOrganizerRoles } from '@itc/shared';
import { flushSync } from 'react-dom';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AuditLogPage } from '../features/admin/routes/audit-log-page';
import { EmployersPage } from '../features/admin/routes/employers-page';
import { MailboxPage } from '../features/admin/routes/mailbox-page';
import { OrganizationsPage } from '../features/admin/routes/organizations-page';
import { RetentionPage } from '../features/admin/routes/retention-page';
import { ProtectedRoute } from '../features/auth/components/protected-route';
import { RequireRole } from '../features/auth/components/require-role';
import { ForgotPasswordRoute } from '../features/auth/routes/forgot-password';
import { LoginRoute } from '../features/auth/routes/login';
import { ResetPasswordRoute } from '../features/auth/routes/reset-password';
import { CaseDashboardPage } from '../features/cases/routes/case-dashboard-page';
import { AccessibilityPage } from '../features/legal/routes/accessibility-page';
import { PrivacyPage } from '../features/legal/routes/privacy-page';
import { NotificationsPage } from '../features/notifications/routes/notifications-page';
import { AppLayout } from './layouts/app-layout';
import { AccountRoute } from './routes/account';
import { actingRoles } from './routes/acting-roles';
import { AdminUsersRoute } from './routes/admin-users';
import { CaseRoute } from './routes/case';
import { CasesRoute } from './routes/cases';
import { EditEventRoute } from './routes/edit-event';
import { EditHireRoute } from './routes/edit-hire';
import { EventRoute } from './routes/event';
import { EventParticipantsRoute } from './routes/event-participants';
import { EventsRoute } from './routes/events';
import { HireRoute } from './routes/hire';
import { HiresRoute } from './routes/hires';
import { HomeRoute } from './routes/home';
import { InvitationRoute } from './routes/invitation';
import { MandatesRoute } from './routes/mandates';
import { NewEventRoute } from './routes/new-event';
import { NewHireRoute } from './routes/new-hire';
import { NotFoundRoute } from './routes/not-found';
import { OrganizationRoute } from './routes/organization';
import { PrecheckSubmittedRoute } from './routes/precheck-submitted';
import { PrecheckWizardRoute } from './routes/precheck-wizard';
import { RegisterRoute } from './routes/register';
import { RouteErrorBoundary } from './routes/route-error';
import { SecondFactorSetupRoute } from './routes/second-factor-setup';

/** Every path of the SPA; tests render the same table in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary standalone />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { path: '/login', element: <LoginRoute /> },
          { path: '/register', element: <RegisterRoute /> },
          { path: '/forgot-password', element: <ForgotPasswordRoute /> },
          { path: '/reset-password/:token', element: <ResetPasswordRoute /> },
          { path: '/invitation/:token', element: <InvitationRoute /> },
          { path: '/accessibility', element: <AccessibilityPage /> },
          { path: '/privacy', element: <PrivacyPage /> },
          {
            element: <ProtectedRoute />,
            children: [
              { index: true, element: <HomeRoute /> },
              { path: '/organization', element: <OrganizationRoute /> },
              { path: '/account', element: <AccountRoute /> },
              { path: '/second-factor/setup', element: <SecondFactorSetupRoute /> },
              {
                path: '/hires',
                children: [
                  { index: true, element: <HiresRoute /> },
                  {
                    element: <RequireRole roles={actingRoles} />,
                    children: [
                      { path: 'new', element: <NewHireRoute /> },
                      { path: ':hireId/edit', element: <EditHireRoute /> },
                    ],
                  },
                  { path: ':hireId', element: <HireRoute /> },
                ],
              },
              {
                path: '/prechecks/:precheckId',
                children: [
                  { path: 'submitted', element: <PrecheckSubmittedRoute /> },
                  {
                    element: <RequireRole roles={actingRoles} />,
                    children: [
                      { index: true, element: <PrecheckWizardRoute /> },
                      { path: ':step', element: <PrecheckWizardRoute /> },
                    ],
                  },
                ],
              },
              {
                path: '/cases',
                children: [
                  { index: true, element: <CasesRoute /> },
                  {
                    path: 'dashboard',
                    element: <RequireRole roles={cityRoles} />,
                    children: [{ index: true, element: <CaseDashboardPage /> }],
                  },
                  { path: ':caseId', element: <CaseRoute /> },
                ],
              },
              { path: '/notifications', element: <NotificationsPage /> },
              {
                path: '/mandates',
                element: <RequireRole roles={actingRoles} />,
                children: [{ index: true, element: <MandatesRoute /> }],
              },
              {
                path: '/events',
                children: [
                  { index: true, element: <EventsRoute /> },
                  {
                    element: <RequireRole roles={eventOrganizerRoles} />,
                    children: [
                      { path: 'new', element: <NewEventRoute /> },
                      { path: ':eventId/edit', element: <EditEventRoute /> },
                      { path: ':eventId/participants', element: <EventParticipantsRoute /> },
                    ],
                  },
                  { path: ':eventId', element: <EventRoute /> },
                ],
              },
              {
                path: '/admin',
                element: <RequireRole roles={['city_admin']} />,
                children: [
                  { path: 'employers', element: <EmployersPage /> },
                  { path: 'organizations', element: <OrganizationsPage /> },
                  { path: 'users', element: <AdminUsersRoute /> },
                  { path: 'mailbox', element: <MailboxPage /> },
                  { path: 'audit-log', element: <AuditLogPage /> },
                  { path: 'retention', element: <RetentionPage /> },
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

export function createAppRouter() {
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
