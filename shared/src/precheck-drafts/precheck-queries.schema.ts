import { z } from 'zod';
import { idSchema, localeSchema } from '../api/common.schema';

/** Without `locale` the reasons come in the signed-in user's language. */
export const evaluatePrecheckQuerySchema = z.object({ locale: localeSchema.optional() });

export const precheckListQuerySchema = z.object({
  hireId: idSchema.optional(),
  status: z.enum(['draft', 'submitted']).optional(),
});
