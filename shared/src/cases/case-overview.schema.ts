import { z } from 'zod';
import { isoDateSchema } from '../api/common.schema';

/** "Due soon" on the reviewer's start page and in the queue: due today or within this many days. */
export const dueSoonDays = 7;

/**
 * The reviewer's start page: how many cases wait in each part of the queue. Each count is what
 * the queue shows with the matching filter.
 */
export const caseOverviewSchema = z.object({
  /** Submitted and not yet taken into review (`status=submitted`). */
  newCount: z.int(),
  /** Open cases assigned to the caller (`assigned=me&open=true`). */
  assignedToMeCount: z.int(),
  /** Due from today up to `dueSoonUntil`, both inclusive (`dueSoon=true`). */
  dueSoonCount: z.int(),
  /** Past their due date (`overdue=true`). */
  overdueCount: z.int(),
  dueSoonUntil: isoDateSchema,
});
export type CaseOverview = z.infer<typeof caseOverviewSchema>;
