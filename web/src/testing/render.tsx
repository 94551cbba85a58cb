import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider, createAppQueryClient } from '../app/provider';
import { routerFlushSync, routes } from '../app/router';
import { preloadPages } from './preload-pages';
import { testClock } from './test-clock';

await preloadPages(routes);

/** Renders the whole app (layout, routes, providers) at `route`, as a user would open it. */
export function renderApp({ route = '/' }: { route?: string } = {}) {
  const queryClient = createAppQueryClient({ retry: false });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient} clock={testClock}>
      <RouterProvider router={router} flushSync={routerFlushSync} useTransitions={false} />
    </AppProvider>,
  );
  return { ...result, user, router, queryClient };
}

/** Renders one component with the app's providers and a router around it. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', queryClient }: { route?: string; queryClient?: QueryClient } = {},
) {
  const client = queryClient ?? createAppQueryClient({ retry: false });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={client} clock={testClock}>
      <RouterProvider router={router} flushSync={routerFlushSync} useTransitions={false} />
    </AppProvider>,
  );
  return { ...result, user, router, queryClient: client };
}
