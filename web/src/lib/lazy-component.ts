import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { loadPageTexts } from './i18n';

/**
 * `React.lazy` for a named export, which also loads the texts the module shows (its own text
 * areas may not be the page's, lib/text-areas.ts), so it renders translated. Render it inside
 * `<Suspense>`.
 */
export function lazyComponent<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => {
    const module = await load();
    await loadPageTexts();
    return { default: module[name] };
  });
}
