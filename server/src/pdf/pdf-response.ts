import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { contentDisposition } from '../lib/content-disposition';

/** OpenAPI description of a generated PDF. */
export function pdfContent(description: string) {
  return {
    description,
    content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
  } as const;
}

/** Shown in the browser's viewer, saved under a readable name; never cached by proxies. */
export function pdfResponse(c: Context, bytes: Uint8Array, fileName: string) {
  // pdf-lib types its bytes as any ArrayBufferLike; the copy is the plain ArrayBuffer a body takes.
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': contentDisposition('inline', fileName),
    'Cache-Control': 'private, no-store',
  });
}
