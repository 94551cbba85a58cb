import { backupPortal } from '../backup/backup-portal';
import { fromCaller, portalDataPaths } from './data-paths';

const [target] = process.argv.slice(2);
if (!target) {
  console.error('Usage: pnpm db:backup DIR   (DIR must be new or empty)');
  process.exit(2);
}
const { databasePath, uploadDir } = portalDataPaths();
const targetDir = fromCaller(target);
try {
  const manifest = await backupPortal({ databasePath, uploadDir, targetDir, now: new Date() });
  console.log(
    `Backup written to ${targetDir}: database (sha256 ${manifest.databaseSha256.slice(0, 12)}…) and ${manifest.uploadFiles} uploaded files.`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
