/**
 * `inline` for preview in the browser, `attachment` to download. The plain `filename` is an ASCII
 * fallback; `filename*` (RFC 6266/8187) carries the real name with umlauts.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_')
    .trim();
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii || 'download'}"; filename*=UTF-8''${encoded}`;
}
