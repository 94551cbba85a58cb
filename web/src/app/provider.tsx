import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { authKeys } from '../features/auth/api/keys';
import { type Clock, ClockProvider, systemClock } from '../lib/clock';
import { i18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

/** A query client that sends the user to the login page once the session has ended. */
export function createAppQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const queryClient: QueryClient = createQueryClient({
    ...options,
    onUnauthenticated: () => queryClient.setQueryData(authKeys.me(), null),
  });
  return queryClient;
}

export function AppProvider({
  children,
  queryClient: givenClient,
  clock = systemClock,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  /** Tests pass a fixed clock; the app reads the time through `useClock`. */
  clock?: Clock;
}) {
  const [queryClient] = useState(() => givenClient ?? createAppQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ClockProvider clock={clock}>{children}</ClockProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
