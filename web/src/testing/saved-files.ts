import { vi } from 'vitest';

/** jsdom saves no files: the test sees the Blob and the name the link would download. */
export function captureSavedFiles() {
  const saved: { blob: Blob; fileName: string }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ blob: blobs.get(this.href)!, fileName: this.download });
  });
  return saved;
}
