import { todayInGermany } from '@itc/shared';
import { createContext, type ReactNode, useContext } from 'react';

/** Where the web app reads the time: the system clock, or a fixed one in tests. */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

const ClockContext = createContext<Clock>(systemClock);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

export function useClock(): Clock {
  return useContext(ClockContext);
}

/** Today's German calendar day (YYYY-MM-DD) by the app's clock. */
export function useToday(): string {
  return todayInGermany(useClock().now());
}
