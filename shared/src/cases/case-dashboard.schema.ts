import { z } from 'zod';
import { isoDateSchema } from '../api/common.schema';
import { occupationFields } from '../prechecks';
import { caseStatusSchema } from './case-statuses';

/** German calendar days, both inclusive; by default the twelve months up to today. */
export const caseDashboardQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type CaseDashboardQuery = z.infer<typeof caseDashboardQuerySchema>;

/** Figures over the cases submitted in the period. */
export const caseDashboardSchema = z.object({
  period: z.object({ from: isoDateSchema, to: isoDateSchema }),
  total: z.int(),
  /** Every status, zero counts included, in the procedure's order. */
  countsByStatus: z.array(z.object({ status: caseStatusSchema, count: z.int() })),
  /** Every ISO week of the period, zero counts included; `weekStart` is its Monday. */
  casesPerWeek: z.array(z.object({ week: z.string(), weekStart: isoDateSchema, count: z.int() })),
  /** Days from entering each stage to leaving it, over the stages left so far. */
  medianDaysPerStage: z.array(
    z.object({ status: caseStatusSchema, medianDays: z.number().nullable(), count: z.int() }),
  ),
  /** Open cases whose current stage is past its due date today. */
  overdueCount: z.int(),
  byOccupationField: z.array(
    z.object({ occupationField: z.enum(occupationFields).nullable(), count: z.int() }),
  ),
  byNationality: z.array(z.object({ nationality: z.string(), count: z.int() })),
});
export type CaseDashboard = z.infer<typeof caseDashboardSchema>;
