import type { CaseDocument } from '@itc/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { CaseDocuments } from '../components/case-documents';

const document = (id: string, fileName: string, contentType: CaseDocument['contentType']) =>
  ({
    id,
    requirementCode: 'passport_copy',
    fileName,
    contentType,
    sizeBytes: 48_213,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-20T09:00:00.000Z',
    documentRequestId: null,
  }) satisfies CaseDocument;

describe('case documents', () => {
  it('previews a PDF and an image inside the page, one at a time', async () => {
    const { user } = renderWithProviders(
      <CaseDocuments
        documents={[
          document('doc-pass', 'Reisepass.pdf', 'application/pdf'),
          document('doc-photo', 'Foto.png', 'image/png'),
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Herunterladen: Reisepass.pdf' })).toHaveAttribute(
      'href',
      '/api/documents/doc-pass/content?download=1',
    );
    expect(screen.queryByTitle('Vorschau: Reisepass.pdf')).not.toBeInTheDocument();

    const showPdf = screen.getByRole('button', { name: 'Vorschau anzeigen: Reisepass.pdf' });
    expect(showPdf).toHaveAttribute('aria-expanded', 'false');
    await user.click(showPdf);
    expect(screen.getByTitle('Vorschau: Reisepass.pdf')).toHaveAttribute(
      'src',
      '/api/documents/doc-pass/content',
    );

    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen: Foto.png' }));
    expect(screen.getByRole('img', { name: 'Vorschau: Foto.png' })).toHaveAttribute(
      'src',
      '/api/documents/doc-photo/content',
    );
    expect(screen.queryByTitle('Vorschau: Reisepass.pdf')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vorschau schließen: Foto.png' }));
    expect(screen.queryByRole('img', { name: 'Vorschau: Foto.png' })).not.toBeInTheDocument();
  });

  it('says so when the case has no documents', () => {
    renderWithProviders(<CaseDocuments documents={[]} />);
    expect(screen.getByText('Keine Unterlagen vorhanden.')).toBeVisible();
  });
});
