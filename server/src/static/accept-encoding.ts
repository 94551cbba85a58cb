export type ContentCoding = 'br' | 'gzip';

/**
 * The content coding to send, from the request's Accept-Encoding (RFC 9110 §12.5.3) and the
 * codings a file has: the highest q above 0 wins, ties go to the order of `available` (smallest
 * first). `*` stands for every coding the header does not name. Without a header, or when nothing
 * fits, the file goes out as it is: every client understands that.
 */
export function chooseContentCoding(
  acceptEncoding: string | undefined,
  available: readonly ContentCoding[],
): ContentCoding | 'identity' {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const item of acceptEncoding.split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim());
    if (name) weights.set(name.toLowerCase(), qualityOf(params));
  }
  let chosen: ContentCoding | 'identity' = 'identity';
  let best = 0;
  for (const coding of available) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > best) {
      chosen = coding;
      best = weight;
    }
  }
  return chosen;
}

/** The q parameter (0 to 1, default 1); one that is not a number counts as "not acceptable". */
function qualityOf(params: string[]): number {
  const q = params.find((param) => /^q\s*=/i.test(param));
  if (q === undefined) return 1;
  const value = Number(q.slice(q.indexOf('=') + 1).trim());
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
}
