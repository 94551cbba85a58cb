import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { isUnauthenticated } from './errors';

type QueryClientOptions = {
  /** Called when any request answers 401 (the session ended); the app then asks for login. */
  onUnauthenticated?: () => void;
  /** Tests switch retries off so that an error shows at once. */
  retry?: boolean;
};

/** Client errors (4xx) will not get better by asking again; network and 5xx errors might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient({ onUnauthenticated, retry = true }: QueryClientOptions = {}) {
  const handleError = (error: unknown) => {
    if (isUnauthenticated(error)) onUnauthenticated?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? shouldRetry : false,
      },
      mutations: { retry: false },
    },
  });
}
