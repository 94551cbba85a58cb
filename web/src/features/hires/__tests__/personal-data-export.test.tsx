import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminUser, hrUser, ihkUser } from '../../../testing/fixtures';
import { engineerHire } from '../../../testing/hire-fixtures';
import { loginAs, problem } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { captureSavedFiles } from '../../../testing/saved-files';
import { server } from '../../../testing/server';

const exportPath = '/api/hires/:id/personal-data-export';
const fileName = 'personal-data-Iyer-2026-11-25.zip';

/**
 * A ZIP streamed without Content-Length: its first 2 kB, then the rest once `release()` is
 * called, so the test sees the progress in between.
 */
function streamZip() {
  const requestedIds: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = new Uint8Array(2048).fill(1);
  const rest = new Uint8Array(512).fill(2);
  server.use(
    http.get(exportPath, ({ params }) => {
      requestedIds.push(String(params.id));
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(first);
          await released;
          controller.enqueue(rest);
          controller.close();
        },
      });
      return new HttpResponse(body, {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`,
        },
      });
    }),
  );
  return { requestedIds, release, size: first.byteLength + rest.byteLength };
}

describe('[HR][GDPR] personal data export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the ZIP with the bytes received, then says where it was saved', async () => {
    loginAs(hrUser);
    const saved = captureSavedFiles();
    const zip = streamZip();
    const { user } = renderApp({ route: `/hires/${engineerHire.id}` });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Datenauskunft (Art. 15 DSGVO)' }),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Alle Daten als ZIP herunterladen' }));
    const bar = await screen.findByRole('progressbar');
    // Of unknown size while it streams: an indeterminate bar and the bytes so far in words.
    expect(bar).not.toHaveAttribute('value');
    expect(await screen.findByText('ZIP-Datei: 2 kB empfangen')).toBeVisible();
    expect(screen.getByRole('button', { name: 'ZIP wird erstellt …' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(zip.requestedIds).toEqual([engineerHire.id]);

    zip.release();
    const status = await screen.findByText(
      `Fertig: Die Daten wurden als „${fileName}“ gespeichert.`,
    );
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toBe(fileName);
    expect(saved[0]!.blob.size).toBe(zip.size);
  });

  it('says in words why the export failed', async () => {
    loginAs(adminUser);
    server.use(http.get(exportPath, () => problem(403, 'forbidden')));
    const { user } = renderApp({ route: `/hires/${engineerHire.id}` });
    await user.click(
      await screen.findByRole('button', { name: 'Alle Daten als ZIP herunterladen' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Datenauskunft konnte nicht erstellt werden.');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('is not offered to a mandated partner', async () => {
    loginAs(ihkUser);
    server.use(http.get(exportPath, () => HttpResponse.error()));
    renderApp({ route: `/hires/${engineerHire.id}` });
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Datenauskunft/ })).not.toBeInTheDocument();
  });
});
