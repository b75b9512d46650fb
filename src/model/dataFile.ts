/**
 * The largest data file the app reads, in bytes. A generated catalogue of 5,000 nodes and 15,000 edges is about
 * 7 MB in all (its details file about 5 MB); 16 MiB leaves room for such a catalogue to grow, and refuses a file
 * that would take the tab's memory and seconds of parsing before anything could be said about it.
 */
export const MAX_DATA_FILE_BYTES = 16 * 1024 * 1024;

export type DataText = { ok: true; json: unknown } | { ok: false; errors: string[] };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The refusal of a file of `bytes` bytes, or null when it is small enough. */
export function sizeProblem(source: string, bytes: number): string | null {
  return bytes > MAX_DATA_FILE_BYTES
    ? `${source}: the file is ${megabytes(bytes)}, more than the ${megabytes(MAX_DATA_FILE_BYTES)} a data file may have`
    : null;
}

/** Decodes and parses the bytes of a data file, refusing one over the size limit. */
export function readDataFile(source: string, bytes: ArrayBuffer): DataText {
  const tooBig = sizeProblem(source, bytes.byteLength);
  if (tooBig) return { ok: false, errors: [tooBig] };
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch (error) {
    return {
      ok: false,
      errors: [`${source}: not JSON (${error instanceof Error ? error.message : String(error)})`],
    };
  }
}
