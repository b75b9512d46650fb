/**
 * Editions of the OWASP Top 10 for LLM Applications. The numbers name different risks in each edition (LLM08 is
 * Excessive Agency in 2023, Vector and Embedding Weaknesses in 2025, Hidden Context Exposure in 2026), so an LLM
 * item's id carries its edition: `LLM08:2026`.
 */

/** The editions the data holds, newest first; the first is the one shown unless another is asked for. */
export const LLM_EDITIONS = ['2026', '2025', '2023'] as const;
export type LlmEdition = (typeof LLM_EDITIONS)[number];
export const DEFAULT_LLM_EDITION: LlmEdition = LLM_EDITIONS[0];

const LLM_ID = /^(LLM(?:0[1-9]|10)):(\d{4})$/;
const LLM_NUMBER = /^LLM(?:0[1-9]|10)$/;

export function isLlmEdition(value: string): value is LlmEdition {
  return (LLM_EDITIONS as readonly string[]).includes(value);
}

/** `LLM08` and `2026` → `LLM08:2026`. */
export function llmItemId(number: string, edition: string): string {
  return `${number}:${edition}`;
}

/** The number and edition of an LLM item id (`LLM08:2026`); null for any other id. */
export function parseLlmItemId(id: string): { number: string; edition: string } | null {
  const match = LLM_ID.exec(id);
  return match ? { number: match[1]!, edition: match[2]! } : null;
}

/** Whether text is an LLM Top 10 number without an edition (`LLM08`). */
export function isBareLlmNumber(text: string): boolean {
  return LLM_NUMBER.test(text);
}

/** The LLM edition an id belongs to, if it is the id of an item of a known edition. */
export function llmEditionOf(id: string): LlmEdition | undefined {
  const edition = parseLlmItemId(id)?.edition;
  return edition && isLlmEdition(edition) ? edition : undefined;
}

/** The number a Top 10 item goes by, with its edition: `ML01:2023`, `LLM08:2026` (LLM ids carry it already). */
export function top10Number(item: { id: string; edition?: string }): string {
  return item.edition && !item.id.endsWith(`:${item.edition}`) ? `${item.id}:${item.edition}` : item.id;
}

/** What `counterpartIn` needs of the data set. */
interface Successions {
  node(id: string): { edition?: string; order: number } | undefined;
  predecessors(id: string): readonly string[];
  successors(id: string): readonly string[];
}

/**
 * The item of `edition` that the LLM item `id` carries over from or into, following the successions between
 * editions (LLM08:2026 → LLM07:2025 → none in 2023); the first in list order when it merged or split; null when
 * the risk has no item in that edition.
 */
export function counterpartIn(index: Successions, id: string, edition: string): string | null {
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const found = frontier.filter((other) => index.node(other)?.edition === edition);
    if (found.length > 0) {
      return found.sort((a, b) => (index.node(a)?.order ?? 0) - (index.node(b)?.order ?? 0))[0]!;
    }
    const from = Number(index.node(frontier[0]!)?.edition);
    const step = Number(edition) < from ? index.predecessors : index.successors;
    frontier = frontier
      .flatMap((other) => step(other))
      .filter((other) => !seen.has(other) && !!seen.add(other));
  }
  return null;
}
