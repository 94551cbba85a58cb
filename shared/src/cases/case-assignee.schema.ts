import { z } from 'zod';
import { idSchema } from '../api/common.schema';

/** A city staff member a case can be assigned to. */
export const caseAssigneeSchema = z.object({ id: z.string(), name: z.string() });
export type CaseAssignee = z.infer<typeof caseAssigneeSchema>;

/** `POST /cases/{id}/assignee`: a city user's id, or null to unassign. */
export const assignCaseSchema = z.strictObject({ userId: idSchema.nullable() });
export type AssignCase = z.infer<typeof assignCaseSchema>;
