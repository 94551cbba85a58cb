import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('./data/itc.sqlite'),
  /** Where the demo cases' sample documents go: the server's UPLOAD_DIR. */
  UPLOAD_DIR: z.string().min(1).default('./data/uploads'),
  NODE_ENV: z.string().default('development'),
});

/** The database CLI's configuration, read once. */
export const dbEnv = envSchema.parse(process.env);
