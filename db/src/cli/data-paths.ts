import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbEnv } from '../env';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Relative paths are taken from where `pnpm …` was called (pnpm sets INIT_CWD), like
 * `pnpm start` does; without settings the data lives in the repository's ./data.
 */
export function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function portalDataPaths() {
  return {
    databasePath: fromCaller(process.env.DATABASE_PATH ?? resolve(root, 'data/itc.sqlite')),
    uploadDir: fromCaller(process.env.UPLOAD_DIR ?? resolve(root, 'data/uploads')),
    nodeEnv: dbEnv.NODE_ENV,
  };
}
