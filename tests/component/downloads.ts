import { vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Records the files the page hands to the browser to download (an object URL, then a click on a link), instead of
 * downloading them. Call in `beforeEach` or at the start of a test; `vi.restoreAllMocks()` undoes it.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blob! });
  });
  return downloads;
}

/** A downloaded file's text. */
export function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}
