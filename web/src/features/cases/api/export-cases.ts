import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type DownloadProgress, downloadFile, saveFile } from '../../../lib/download-file';
import type { CaseFilters } from './keys';

export type CasesExportProgress = {
  /** Cases written so far (the header line not counted). */
  rows: number;
  /** From X-Total-Count; null when the server did not say. */
  total: number | null;
  bytes: number;
};

function toCasesProgress({ bytes, lines, headers }: DownloadProgress): CasesExportProgress {
  const total = Number.parseInt(headers.get('X-Total-Count') ?? '', 10);
  return { bytes, rows: Math.max(0, lines - 1), total: Number.isNaN(total) ? null : total };
}

/** City staff: the filtered queue as CSV, streamed, then saved under the server's file name. */
export async function exportCases(
  filters: CaseFilters,
  onProgress?: (progress: CasesExportProgress) => void,
) {
  const file = await downloadFile({
    path: '/cases/export.csv',
    query: filters,
    fallbackName: 'Verfahren.csv',
    onProgress: (progress) => onProgress?.(toCasesProgress(progress)),
  });
  saveFile(file);
  return file;
}

/** The export as a mutation, with the progress of the one running (or last run). */
export function useExportCases() {
  const [progress, setProgress] = useState<CasesExportProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (filters: CaseFilters) => {
      setProgress(null);
      return exportCases(filters, setProgress);
    },
  });
  return { ...mutation, progress };
}
