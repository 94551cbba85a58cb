import { restorePortal } from '../backup/restore-portal';
import { fromCaller, portalDataPaths } from './data-paths';

const [source] = process.argv.slice(2);
if (!source) {
  console.error('Usage: pnpm db:restore DIR   (into an empty data folder; stop the portal first)');
  process.exit(2);
}
const { databasePath, uploadDir } = portalDataPaths();
try {
  const manifest = restorePortal({ sourceDir: fromCaller(source), databasePath, uploadDir });
  console.log(
    `Restored the backup of ${manifest.createdAt} into ${databasePath} and ${uploadDir} (${manifest.uploadFiles} files); integrity check ok.`,
  );
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
