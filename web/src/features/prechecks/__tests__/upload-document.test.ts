import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { createdAt } from '../../../testing/fixtures';
import { problem } from '../../../testing/mock-api';
import { server } from '../../../testing/server';
import { uploadDocument } from '../api/upload-document';

const file = () => new File([new Uint8Array(4096)], 'pass.pdf', { type: 'application/pdf' });

describe('uploadDocument', () => {
  it('reports the upload progress and returns the stored document', async () => {
    server.use(
      http.post('/api/prechecks/:id/documents', async ({ request, params }) => {
        const form = await request.formData();
        return HttpResponse.json(
          {
            id: `document-${params.id}`,
            requirementCode: form.get('requirementCode'),
            fileName: 'pass.pdf',
            contentType: 'application/pdf',
            sizeBytes: 4096,
            sha256: 'c'.repeat(64),
            uploadedAt: createdAt,
          },
          { status: 201 },
        );
      }),
    );
    const progress: number[] = [];
    const document = await uploadDocument({
      precheckId: 'precheck-1',
      requirementCode: 'passport_copy',
      file: file(),
      onProgress: (percent) => progress.push(percent),
    });
    expect(document).toMatchObject({ id: 'document-precheck-1', requirementCode: 'passport_copy' });
    expect(progress.at(-1)).toBe(100);
  });

  it('turns a refusal into an ApiError with the problem’s field errors', async () => {
    server.use(
      http.post('/api/prechecks/:id/documents', () =>
        problem(400, 'validation_failed', { errors: [{ path: 'file', message: 'file_empty' }] }),
      ),
    );
    const error = await uploadDocument({
      precheckId: 'precheck-1',
      requirementCode: 'passport_copy',
      file: file(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.errors).toEqual([{ path: 'file', message: 'file_empty' }]);
  });
});
