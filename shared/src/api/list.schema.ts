import { z } from 'zod';

export const maxPageSize = 100;

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(20),
  cursor: z.string().min(1).max(200).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** Every list endpoint answers with this envelope. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type ListResponse<T> = { items: T[]; nextCursor: string | null };
