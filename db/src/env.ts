import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('./data/itc.sqlite'),
  NODE_ENV: z.string().default('development'),
});

/** The database CLI's configuration, read once. */
export const dbEnv = envSchema.parse(process.env);
