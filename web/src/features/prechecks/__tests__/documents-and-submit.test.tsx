import { type PrecheckDocument, validationMessages } from '@itc/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createdAt, hrUser, pendingHrUser } from '../../../testing/fixtures';
import { engineerCompleteDraft } from '../../../testing/hire-fixtures';
import { loginAs, problem, putPrecheck, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

const passportItem = 'Farbkopie der Datenseite des Reisepasses';

function pdf(name: string, size = 2048) {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

function uploadedDocument(code: string, fileName = `${code}.pdf`): PrecheckDocument {
  return {
    id: `document-${code}`,
    requirementCode: code,
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 1_258_291,
    sha256: 'b'.repeat(64),
    uploadedAt: createdAt,
  };
}

describe('documents step', () => {
  it('shows the upload’s progress, then the file with preview and download links', async () => {
    loginAs(hrUser);
    putPrecheck(engineerCompleteDraft);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post('/api/prechecks/:id/documents', async () => {
        await gate;
        return HttpResponse.json(uploadedDocument('passport_copy', 'pass.pdf'), { status: 201 });
      }),
    );
    const { user } = renderApp({ route: '/prechecks/precheck-iyer-complete/documents' });

    const item = await screen.findByRole('listitem', { name: passportItem }, { timeout: 5000 });
    expect(within(item).getByText('Fehlt noch')).toBeInTheDocument();
    // The prefilled forms are offered for download.
    expect(
      screen.getByRole('link', { name: /Vollmacht für das beschleunigte Fachkräfteverfahren/ }),
    ).toHaveAttribute('href', '/api/prechecks/precheck-iyer-complete/power-of-attorney.pdf');
    expect(
      screen.getByRole('link', { name: /Angaben zum Beschäftigungsverhältnis/ }),
    ).toHaveAttribute('href', '/api/prechecks/precheck-iyer-complete/job-data-sheet.pdf');

    await user.upload(
      within(item).getByLabelText(`Datei hochladen: ${passportItem}`),
      pdf('pass.pdf'),
    );
    // While the file travels, a labelled progress bar stands in for the file input.
    const progress = await within(item).findByRole('progressbar', {
      name: 'Wird hochgeladen: pass.pdf (0 %)',
    });
    expect(progress).toHaveAttribute('max', '100');
    expect(within(item).getByLabelText(`Datei hochladen: ${passportItem}`)).toBeDisabled();

    release();
    expect(await within(item).findByText('Hochgeladen')).toBeInTheDocument();
    expect(within(item).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(item).getByRole('link', { name: /pass\.pdf/ })).toHaveAttribute(
      'href',
      '/api/documents/document-passport_copy/content',
    );
    expect(within(item).getByRole('link', { name: 'Herunterladen' })).toHaveAttribute(
      'href',
      '/api/documents/document-passport_copy/content?download=1',
    );
    expect(within(item).getByText(/1,2 MB/)).toBeInTheDocument();
    expect(within(item).getByLabelText(`Datei ersetzen: ${passportItem}`)).toBeInTheDocument();
  });

  it('explains a file the server refuses, and one too large to send', async () => {
    loginAs(hrUser);
    putPrecheck(engineerCompleteDraft);
    let uploads = 0;
    server.use(
      http.post('/api/prechecks/:id/documents', () => {
        uploads += 1;
        return problem(400, 'validation_failed', {
          errors: [{ path: 'file', message: validationMessages.file_type_not_allowed.de }],
        });
      }),
    );
    const { user } = renderApp({ route: '/prechecks/precheck-iyer-complete/documents' });
    const item = await screen.findByRole('listitem', { name: passportItem });
    const input = within(item).getByLabelText(`Datei hochladen: ${passportItem}`);

    await user.upload(input, pdf('pass.pdf'));
    expect(
      await within(item).findByText(/Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch/),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(within(item).getByText('Fehlt noch')).toBeInTheDocument();

    await user.upload(input, pdf('scan.pdf', 10 * 1024 * 1024 + 1));
    expect(await within(item).findByText(/Die Datei ist größer als 10 MB/)).toBeInTheDocument();
    // Only the first file was sent; the large one was stopped in the browser.
    expect(uploads).toBe(1);
  });
});

describe('residence title', () => {
  it('preselects the best title, explains it, and builds the checklist from it alone', async () => {
    loginAs(hrUser);
    putPrecheck({ ...engineerCompleteDraft, step: 'documents' });
    const { user } = renderApp({ route: '/prechecks/precheck-iyer-complete/documents' });

    const choice = await screen.findByRole('group', {
      name: 'Welchen Aufenthaltstitel beantragen Sie?',
    });
    const blueCard = within(choice).getByRole('radio', { name: /Blaue Karte EU \(§ 18g/ });
    expect(blueCard).toBeChecked();
    expect(choice).toHaveAccessibleDescription(/Vorausgewählt ist Blaue Karte EU/);
    const checklist = () => screen.getByRole('region', { name: 'Checkliste' });
    const item = (name: RegExp) => within(checklist()).queryByRole('listitem', { name });
    expect(item(/Hochschulzeugnis/)).toBeInTheDocument();
    expect(item(/2 Jahre Berufserfahrung/)).not.toBeInTheDocument();

    await user.click(within(choice).getByRole('radio', { name: /Berufserfahrung \(§ 19c/ }));
    expect(
      await within(checklist()).findByRole('listitem', { name: /2 Jahre Berufserfahrung/ }),
    ).toBeInTheDocument();
    expect(item(/Hochschulzeugnis/)).not.toBeInTheDocument();
    const saved = recordedRequests('PUT', '/api/prechecks/precheck-iyer-complete')[0]?.body as {
      answers: { residenceTitle?: string };
    };
    expect(saved.answers.residenceTitle).toBe('19c2');
  });
});

describe('submitting', () => {
  it('tells a pending employer kindly that submitting waits for the verification', async () => {
    loginAs(pendingHrUser);
    const { user } = renderApp({ route: '/prechecks/precheck-souza/review' });

    expect(
      await screen.findByRole('heading', {
        name: 'Einreichen ist nach der Freigabe Ihres Unternehmens möglich',
      }),
    ).toBeVisible();
    const submit = screen.getByRole('button', { name: 'Verbindlich einreichen' });
    expect(submit).toHaveAccessibleDescription(/Ihr Entwurf bleibt gespeichert/);

    await user.click(screen.getByRole('checkbox', { name: /Ich versichere/ }));
    await user.click(submit);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Ihr Unternehmen ist noch nicht freigegeben' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/Es ist nichts verloren: Ihr Entwurf ist gespeichert/));
    await waitFor(() => expect(alert.closest('[tabindex="-1"]') ?? alert).toHaveFocus());
  });

  it('submits a complete pre-check and shows the reference and the receipt', async () => {
    loginAs(hrUser);
    const required = engineerCompleteDraft.assessment!.requiredDocuments.filter((d) => d.required);
    putPrecheck({
      ...engineerCompleteDraft,
      answers: { ...engineerCompleteDraft.answers, residenceTitle: '18g' },
      step: 'review',
      documents: required.map((d) => uploadedDocument(d.code)),
    });
    const { user } = renderApp({ route: '/prechecks/precheck-iyer-complete/review' });

    expect(await screen.findByRole('heading', { name: /Stellenangebot/ })).toBeVisible();
    expect(screen.getByText('58.000 €')).toBeInTheDocument();
    expect(screen.getByText('01.12.2026')).toBeInTheDocument();
    expect(screen.getByText('Beantragter Aufenthaltstitel').nextElementSibling).toHaveTextContent(
      'Blaue Karte EU (§ 18g AufenthG)',
    );
    expect(screen.queryByText('Vor dem Einreichen noch offen')).not.toBeInTheDocument();

    // Without the declaration nothing is sent; the checkbox says why and gets the focus.
    const submit = screen.getByRole('button', { name: 'Verbindlich einreichen' });
    await user.click(submit);
    const declaration = screen.getByRole('checkbox', { name: /Ich versichere/ });
    expect(declaration).toHaveFocus();
    expect(declaration).toHaveAccessibleDescription(
      'Bitte bestätigen Sie die Erklärung, bevor Sie einreichen.',
    );
    expect(declaration).toHaveAccessibleName(/411\s€ je Person kostet/);
    expect(recordedRequests('POST', '/api/prechecks/precheck-iyer-complete/submit')).toEqual([]);

    await user.click(declaration);
    expect(declaration).not.toHaveAccessibleDescription();
    await user.click(submit);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vorab-Check eingereicht' }),
    ).toBeVisible();
    expect(screen.getByText('ITC-2026-000123')).toBeInTheDocument();
    const receipt = screen.getByRole('link', { name: /Eingangsbestätigung herunterladen \(PDF\)/ });
    expect(receipt).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/api\/cases\/case-\d+\/receipt\.pdf$/),
    );
    expect(receipt).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Zum Fall ITC-2026-000123' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/cases\/case-\d+$/),
    );
    expect(screen.getByRole('heading', { name: 'So geht es weiter' })).toBeVisible();
    expect(
      recordedRequests('POST', '/api/prechecks/precheck-iyer-complete/submit')[0]?.body,
    ).toEqual({ version: 1, declaration: true });
  });

  it('lists what the server still misses when the submission is incomplete', async () => {
    loginAs(hrUser);
    putPrecheck({ ...engineerCompleteDraft, step: 'review' });
    const { user } = renderApp({ route: '/prechecks/precheck-iyer-complete/review' });

    const gaps = await screen.findByRole('heading', { name: 'Vor dem Einreichen noch offen' });
    expect(gaps).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Ich versichere/ }));
    await user.click(screen.getByRole('button', { name: 'Verbindlich einreichen' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('link', {
        name: 'Farbkopie der Datenseite des Reisepasses: Dieses Dokument fehlt noch.',
      }),
    ).toHaveAttribute('href', '/prechecks/precheck-iyer-complete/documents');
  });
});
