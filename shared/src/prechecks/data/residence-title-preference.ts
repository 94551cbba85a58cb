import type { PathwayCode } from '../pathway-codes';

/**
 * Which residence title to suggest first when several are open: the EU Blue Card gives the most
 * rights (shorter way to permanent residence, family without German), then the titles for skilled
 * workers, experience-based employment, and recognition measures last, since they are a bridge
 * to one of the others.
 */
export const residenceTitlePreference: readonly PathwayCode[] = [
  '18g',
  '18g-it',
  '18b',
  '18a',
  '19c2',
  '16d',
];
