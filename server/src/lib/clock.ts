export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock the tests can move forward. */
export function fixedClock(
  start: Date,
): Clock & { advance(ms: number): void; set(at: Date): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (at) => {
      current = at.getTime();
    },
  };
}

export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 86_400_000;
