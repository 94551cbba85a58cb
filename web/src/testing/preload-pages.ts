import type { RouteObject } from 'react-router';

/**
 * Loads every lazy page once, so that a test waits for the app rather than for vitest compiling
 * a page's modules on first use (which can outlast findBy…'s timeout on a busy machine). Pages
 * still resolve asynchronously, as in the browser.
 */
export async function preloadPages(routes: RouteObject[]): Promise<void> {
  const loads: Promise<unknown>[] = [];
  const visit = (route: RouteObject) => {
    if (typeof route.lazy === 'function') loads.push(route.lazy());
    route.children?.forEach(visit);
  };
  routes.forEach(visit);
  await Promise.all(loads);
}
