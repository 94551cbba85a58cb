import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Watches this process's event loop, where the portal under test runs, until `stop()`: returns
 * the longest delay a 1 ms timer saw, i.e. the longest stretch one request kept the loop to itself.
 */
export function watchEventLoop(): { stop: () => number } {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  return {
    stop: () => {
      histogram.disable();
      return histogram.max / 1e6;
    },
  };
}
