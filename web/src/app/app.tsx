import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProvider } from './provider';
import { createAppRouter, routerFlushSync } from './router';

export function App() {
  const [router] = useState(createAppRouter);
  return (
    <AppProvider>
      <RouterProvider router={router} flushSync={routerFlushSync} useTransitions={false} />
    </AppProvider>
  );
}
