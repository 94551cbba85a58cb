import type { Clock } from '../lib/clock';

/** The moment every web test starts at; fixtures are dated relative to it. */
export const testNow = new Date('2026-12-01T09:00:00.000Z');

let current = testNow.getTime();

/** The clock the rendered app and the msw mocks share; tests may move it, setup resets it. */
export const testClock: Clock & { set: (instant: string) => void; reset: () => void } = {
  now: () => new Date(current),
  set: (instant) => {
    current = Date.parse(instant);
  },
  reset: () => {
    current = testNow.getTime();
  },
};
