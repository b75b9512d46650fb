/** A file's bytes, through FileReader (which every browser, and jsdom, has). */
export function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * At most `limit` bytes of a file and one more (so that a larger file is refused by its size, unread), or why it
 * could not be read, as a line of the errors an import lists.
 */
export async function readFileHead(
  file: Blob,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  try {
    return { ok: true, bytes: await readBlobBytes(file.slice(0, limit + 1)) };
  } catch (error) {
    return { ok: false, error: `(root): ${error instanceof Error ? error.message : String(error)}` };
  }
}
