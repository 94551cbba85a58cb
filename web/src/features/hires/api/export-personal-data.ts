import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadFile, saveFile } from '../../../lib/download-file';

/**
 * Art. 15 GDPR: everything held on the hire as a ZIP, streamed (so of unknown size), then saved
 * under the server's file name. `onProgress` hears the bytes received so far.
 */
export async function exportPersonalData(hireId: string, onProgress?: (bytes: number) => void) {
  const file = await downloadFile({
    path: `/hires/${encodeURIComponent(hireId)}/personal-data-export`,
    fallbackName: 'personal-data.zip',
    onProgress: ({ bytes }) => onProgress?.(bytes),
  });
  saveFile(file);
  return file;
}

/** The export as a mutation, with the bytes received by the one running (or last run). */
export function useExportPersonalData() {
  const [receivedBytes, setReceivedBytes] = useState(0);
  const mutation = useMutation({
    mutationFn: (hireId: string) => {
      setReceivedBytes(0);
      return exportPersonalData(hireId, setReceivedBytes);
    },
  });
  return { ...mutation, receivedBytes };
}
