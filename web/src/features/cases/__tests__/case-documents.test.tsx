import type { CaseDetail, CaseDetailDocument, CaseDocumentRequest } from '@itc/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engineerCase } from '../../../testing/case-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { CaseDocuments } from '../components/case-documents';

const [passport, second] = engineerCase.assessment.requiredDocuments;
if (!passport || !second) throw new Error('The engineer’s checklist has two items at least');

const document = (
  id: string,
  fileName: string,
  contentType: CaseDetailDocument['contentType'],
  more: Partial<CaseDetailDocument> = {},
) =>
  ({
    id,
    requirementCode: passport.code,
    fileName,
    contentType,
    sizeBytes: 48_213,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-20T09:00:00.000Z',
    documentRequestId: null,
    supersededById: null,
    ...more,
  }) satisfies CaseDetailDocument;

const request: CaseDocumentRequest = {
  id: 'request-1',
  fromStatus: 'in_review',
  documents: [
    { code: passport.code, label: passport.label },
    { code: 'other', label: 'Nachweis der Deutschkenntnisse' },
  ],
  message: 'Bitte reichen Sie einen gültigen Pass nach.',
  dueAt: '2026-12-08',
  requestedAt: '2026-11-24T10:00:00.000Z',
  requestedByName: 'Katrin Hoffmann',
  answeredAt: '2026-11-25T10:00:00.000Z',
  answeredByName: 'Sabine Krüger',
};

const caseWith = (
  documents: CaseDetailDocument[],
  documentRequests: CaseDocumentRequest[] = [],
): Pick<CaseDetail, 'documents' | 'documentRequests' | 'assessment'> => ({
  documents,
  documentRequests,
  assessment: engineerCase.assessment,
});

describe('case documents', () => {
  it('previews a PDF and an image inside the page, one at a time', async () => {
    const { user } = renderWithProviders(
      <CaseDocuments
        detail={caseWith([
          document('doc-pass', 'Reisepass.pdf', 'application/pdf'),
          document('doc-photo', 'Foto.png', 'image/png'),
        ])}
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

  it('lists files under their checklist item and marks a re-upload and the file it replaces', () => {
    renderWithProviders(
      <CaseDocuments
        detail={caseWith(
          [
            document('doc-old', 'pass-alt.pdf', 'application/pdf', { supersededById: 'doc-new' }),
            document('doc-new', 'pass-neu.pdf', 'application/pdf', {
              documentRequestId: 'request-1',
              uploadedAt: '2026-11-25T09:00:00.000Z',
            }),
            document('doc-german', 'b1.pdf', 'application/pdf', {
              requirementCode: 'other',
              documentRequestId: 'request-1',
            }),
          ],
          [request],
        )}
      />,
    );
    const passportFiles = screen.getByRole('list', { name: passport.label });
    const [old, renewed] = within(passportFiles).getAllByRole('listitem');
    expect(old).toHaveTextContent('pass-alt.pdf');
    expect(old).toHaveTextContent('ersetzt');
    expect(old).toHaveTextContent('Ersetzt durch „pass-neu.pdf“.');
    expect(renewed).toHaveTextContent('pass-neu.pdf');
    expect(renewed).toHaveTextContent('nachgereicht zur Anforderung vom 24.11.2026');
    expect(renewed).not.toHaveTextContent('ersetzt');

    // An item of the checklist without a file says so; a file beyond it keeps its request's name.
    const empty = screen.getByRole('heading', { level: 3, name: second.label }).closest('li');
    expect(empty).toHaveTextContent('Keine Datei vorhanden.');
    const german = screen.getByRole('list', { name: 'Nachweis der Deutschkenntnisse' });
    expect(within(german).getByText('b1.pdf')).toBeVisible();
  });

  it('says so when the case has no documents and no checklist', () => {
    renderWithProviders(
      <CaseDocuments
        detail={{
          documents: [],
          documentRequests: [],
          assessment: { ...engineerCase.assessment, requiredDocuments: [] },
        }}
      />,
    );
    expect(screen.getByText('Keine Unterlagen vorhanden.')).toBeVisible();
  });
});
