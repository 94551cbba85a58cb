import { z } from 'zod';

/** `GET /api/settings`: what every visitor may know of the portal's configuration. */
export const publicSettingsSchema = z.object({
  /** Days after a case is closed (or a hire archived) before its personal data is deleted. */
  retentionDays: z.int().positive(),
});
export type PublicSettings = z.infer<typeof publicSettingsSchema>;
