import type { Db } from '@itc/db';
import { isCityRole, type Locale, todayInGermany } from '@itc/shared';
import type { Logger } from 'pino';
import { onBehalfOf } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { recordAccess } from '../audit/record-access';
import { AppError } from '../lib/app-error';
import { getVisibleHire } from './hires.queries';
import { renderPersonalDataSummary } from './personal-data-export.pdf';
import { buildPersonalDataExport } from './personal-data-export.record';
import { locateStoredFiles, streamPersonalDataZip } from './personal-data-export.zip';

/**
 * The controller answers a data subject's request: the employer's own HR users and city staff.
 * Mandated partners prepare cases for the employer but do not hand out its records.
 */
function assertMayExport(auth: AuthContext, organizationId: string): void {
  const isOwnHr = auth.user.role === 'employer_hr' && auth.organization.id === organizationId;
  if (!isOwnHr && !isCityRole(auth.user.role)) throw new AppError('forbidden');
}

/**
 * `GET /hires/{id}/personal-data-export`: everything held on the hire as a ZIP. The export is
 * audited (who, whose data, no data itself) before the first byte is sent.
 */
export async function exportPersonalData(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  locale: Locale;
  uploadDir: string;
  logger: Logger;
  hireId: string;
}): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  const { db, now, auth, locale, uploadDir, logger, hireId } = options;
  // 404 for unknown, erased and other employers' hires alike, before any 403.
  const hire = getVisibleHire(db, auth, hireId);
  assertMayExport(auth, hire.organizationId);
  const { data, files } = buildPersonalDataExport({ db, auth, hire, now });
  const located = locateStoredFiles(uploadDir, files);
  const summary = await renderPersonalDataSummary(data, locale);
  recordAccess(
    db,
    auth,
    {
      onBehalfOfOrganizationId: onBehalfOf(auth, hire.organizationId),
      action: 'hire.personal_data_exported',
      target: { type: 'hire', id: hire.id },
    },
    now,
  );
  return {
    fileName: `personal-data-${hire.familyName}-${todayInGermany(now)}.zip`,
    stream: streamPersonalDataZip({
      json: JSON.stringify(data, null, 2),
      summary,
      files: located,
      now,
      logger,
    }),
  };
}
