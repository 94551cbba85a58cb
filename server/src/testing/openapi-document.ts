import { z } from 'zod';

const operationSchema = z.object({ responses: z.record(z.string(), z.unknown()) });

/** What tests read of `/api/openapi.json`: the paths, their operations and the answers' statuses. */
export const openApiDocumentSchema = z.object({
  paths: z.record(
    z.string(),
    z.partialRecord(z.enum(['get', 'post', 'put', 'patch', 'delete']), operationSchema),
  ),
});
