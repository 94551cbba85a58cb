import {
  type CaseListItem,
  caseStatusLabels,
  countryName,
  type Locale,
  occupationFieldLabels,
  todayInGermany,
} from '@itc/shared';
import { csvLine, utf8Bom } from '../../lib/csv';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';
import { formatGermanDate } from '../../pdf/german-format';
import { countCasesInSlices } from './case-export-count.queries';
import type { CaseQueueOptions } from './case-queue.queries';
import { listCases } from './list-cases.queries';

/**
 * Rows read per query: the export never holds more than one page in memory, and reading one
 * (a few ms at 100,000 cases) is the longest the event loop is held.
 */
const exportPageSize = 500;

const headers: Record<Locale, string[]> = {
  de: [
    'Aktenzeichen',
    'Status',
    'Fachkraft',
    'Arbeitgeber',
    'Staatsangehörigkeit',
    'Berufsfeld',
    'Eingereicht am',
    'Frist',
    'Tage bis zur Frist',
    'Überfällig',
    'Zuständig',
    'Abgeschlossen am',
  ],
  en: [
    'Reference',
    'Status',
    'Skilled worker',
    'Employer',
    'Nationality',
    'Occupation field',
    'Submitted on',
    'Due date',
    'Days left',
    'Overdue',
    'Assigned to',
    'Closed on',
  ],
};

const yesNo: Record<Locale, [string, string]> = { de: ['ja', 'nein'], en: ['yes', 'no'] };

/** Instants as German calendar days in German notation, whatever the language. */
const germanDay = (instant: string) => formatGermanDate(todayInGermany(new Date(instant)));

function toCsvLine(item: CaseListItem, locale: Locale): string {
  return csvLine([
    item.reference,
    caseStatusLabels[item.status][locale],
    item.hireName,
    item.organizationName,
    countryName(item.nationality, locale),
    item.occupationField ? occupationFieldLabels[item.occupationField][locale] : '',
    germanDay(item.submittedAt),
    item.deadline ? formatGermanDate(item.deadline.dueAt) : '',
    item.deadline ? String(item.deadline.daysLeft) : '',
    item.deadline?.overdue ? yesNo[locale][0] : yesNo[locale][1],
    item.assignee?.name ?? '',
    item.closedAt ? germanDay(item.closedAt) : '',
  ]);
}

/**
 * `GET /cases/export.csv`: the filtered queue as CSV for German Excel (BOM, semicolons), streamed
 * page by page by keyset, so 100,000 cases never sit in memory at once, and other requests
 * run between the pages. `total` lets the client show progress as lines arrive.
 */
export async function exportCasesCsv(
  options: Omit<CaseQueueOptions, 'limit' | 'cursor'> & { locale: Locale },
): Promise<{ total: number; stream: ReadableStream<Uint8Array> }> {
  const { locale } = options;
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(utf8Bom + csvLine(headers[locale])));
    },
    // A socket that drains fast asks for the next page at once: without the yield the whole
    // export ran as one block of microtasks (2.8 s at 100,000 cases).
    async pull(controller) {
      await yieldToEventLoop();
      const page = listCases({ ...options, limit: exportPageSize, cursor });
      controller.enqueue(
        encoder.encode(page.items.map((item) => toCsvLine(item, locale)).join('')),
      );
      cursor = page.nextCursor ?? undefined;
      if (!page.nextCursor) controller.close();
    },
  });
  return { total: await countCasesInSlices(options), stream };
}
