/** The local calendar date, `2026-09-01`: the day the user saved the file. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Characters that file systems refuse or give a meaning to, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_LABEL_LENGTH = 60;

/**
 * A download's name: `ai-security-<what>[-<label>]-<date>.<ext>`. The label (a layer name, in any script) keeps
 * its letters; spaces become dashes and characters file systems refuse are dropped.
 */
export function datedFileName(what: string, extension: string, date: Date, label?: string): string {
  const cleaned = Array.from(
    (label ?? '').normalize('NFC').replace(UNSAFE, '').trim().replace(/\s+/g, '-').toLowerCase(),
  )
    .slice(0, MAX_LABEL_LENGTH)
    .join('')
    .replace(/^[-.]+|[-.]+$/g, '');
  return ['ai-security', what, cleaned, localDate(date)].filter(Boolean).join('-') + `.${extension}`;
}
