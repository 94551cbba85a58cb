import { useEffect, useState } from 'react';

/** A module that a page downloads only once it needs it (see `useLazyModule`). */
export type LazyModule<T> = {
  /** Starts the download or reuses it. */
  load: () => Promise<T>;
  /** The module once it has loaded, undefined before. */
  current: () => T | undefined;
};

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () => {
      pending ??= importModule().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          // A failed download (offline, or the chunk gone after a deploy) is tried again later.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => loaded,
  };
}

/**
 * Big tables and the assessment rules load after the page has rendered, so that its first visit
 * stays small: this returns the module once it is there and starts the download when `needed`.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, needed = true): T | undefined {
  const [module, setModule] = useState(lazy.current);
  useEffect(() => {
    if (module || !needed) return;
    let active = true;
    lazy.load().then(
      (each) => active && setModule(() => each),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [lazy, module, needed]);
  return module ?? lazy.current();
}
