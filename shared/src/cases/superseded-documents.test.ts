import { describe, expect, it } from 'vitest';
import type { CaseDocument } from './case-document-request.schema';
import { markSupersededDocuments } from './superseded-documents';

const file = (id: string, requirementCode: string, documentRequestId: string | null) =>
  ({
    id,
    requirementCode,
    fileName: `${id}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 1000,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-20T09:00:00.000Z',
    documentRequestId,
  }) satisfies CaseDocument;

const supersededBy = (documents: CaseDocument[]) =>
  Object.fromEntries(
    markSupersededDocuments(documents, ['request-1', 'request-2']).map((d) => [
      d.id,
      d.supersededById,
    ]),
  );

describe('markSupersededDocuments', () => {
  it('marks the submitted file replaced by the re-upload answering a request', () => {
    expect(
      supersededBy([
        file('passport', 'passport_copy', null),
        file('contract', 'employment_contract', null),
        file('passport-new', 'passport_copy', 'request-1'),
      ]),
    ).toEqual({ passport: 'passport-new', contract: null, 'passport-new': null });
  });

  it('keeps the pages of one round side by side and orders rounds by request, not upload', () => {
    expect(
      supersededBy([
        file('third', 'passport_copy', 'request-2'),
        file('page-1', 'passport_copy', null),
        file('page-2', 'passport_copy', null),
        file('again-1', 'passport_copy', 'request-1'),
        file('again-2', 'passport_copy', 'request-1'),
      ]),
    ).toEqual({
      'page-1': 'again-1',
      'page-2': 'again-1',
      'again-1': 'third',
      'again-2': 'third',
      third: null,
    });
  });

  it('replaces nothing with a free-form document, which names no checklist item', () => {
    expect(
      supersededBy([file('extra-1', 'other', 'request-1'), file('extra-2', 'other', 'request-2')]),
    ).toEqual({ 'extra-1': null, 'extra-2': null });
  });
});
