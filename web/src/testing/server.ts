import { setupServer } from 'msw/node';
import { handlers } from './mock-api';

/** msw intercepts every fetch in tests; unknown requests fail the test (see setup.ts). */
export const server = setupServer(...handlers);
