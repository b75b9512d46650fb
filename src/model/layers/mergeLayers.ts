import type { StoredLayer } from './layerStore';
import { MAX_NAME_LENGTH } from './layerVocabulary';
import type { Layer } from './schema';

/**
 * Three-way merge of the saved layers, for several tabs writing one store (docs/layer-format.md, "Two tabs").
 * `base` is what this tab last read or wrote, `stored` what the store holds now (another tab may have written
 * since), `mine` what this tab holds now. Per layer:
 * - changed on one side only: that side's version (a new layer, an edit, a deletion);
 * - changed on both: the newer `modified` wins, and the other is kept as a copy under a new id and a name that says
 *   so; a layer deleted on one side and edited on the other is kept as edited (a deletion never takes away an
 *   edit it had not seen).
 * Nothing either side had is lost unless that side removed it knowingly.
 */

export interface MergeResult {
  layers: StoredLayer[];
  /** Layers another tab added, changed or deleted (names), for a notice. */
  fromOther: { added: string[]; changed: string[]; removed: string[] };
  /** Layers both sides changed: the name kept, and the name of the copy holding the other version. */
  copies: { name: string; copy: string }[];
  /** Layers one side deleted while the other changed them: kept, with the change (names). */
  kept: string[];
  /** Layers of `mine` that both sides added under the same id: this side's moved to a new id. */
  moved: { from: string; to: string }[];
}

export interface MergeOptions {
  /** The name of the copy of a layer that lost a conflict. */
  copyName?: (name: string) => string;
}

export const COPY_SUFFIX = ' (conflicting copy)';

export function copyName(name: string): string {
  return `${name.slice(0, MAX_NAME_LENGTH - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
}

export function mergeLayers(
  base: readonly StoredLayer[],
  stored: readonly StoredLayer[],
  mine: readonly StoredLayer[],
  options: MergeOptions = {},
): MergeResult {
  const nameCopy = options.copyName ?? copyName;
  const byId = (list: readonly StoredLayer[]) => new Map(list.map((entry) => [entry.id, entry.layer]));
  const b = byId(base);
  const s = byId(stored);
  const m = byId(mine);
  // In the stored order, then this side's new layers: tabs that agree on the layers agree on their order too, so
  // that taking in another tab's write never needs a write back (which would go back and forth between tabs).
  const ids = [...new Set([...stored, ...mine, ...base].map((entry) => entry.id))];

  const result: StoredLayer[] = [];
  const losers: Layer[] = [];
  const fromOther: MergeResult['fromOther'] = { added: [], changed: [], removed: [] };
  const copies: MergeResult['copies'] = [];
  const kept: string[] = [];
  const moved: MergeResult['moved'] = [];
  const movedLayers: { from: string; layer: Layer }[] = [];

  for (const id of ids) {
    const was = b.get(id);
    const theirs = s.get(id);
    const ours = m.get(id);
    if (sameLayer(theirs, was)) {
      if (ours) result.push({ id, layer: ours });
      continue;
    }
    // The other side changed this layer.
    if (sameLayer(ours, was)) {
      if (theirs) {
        result.push({ id, layer: theirs });
        (was ? fromOther.changed : fromOther.added).push(theirs.name);
      } else if (was) {
        fromOther.removed.push(was.name);
      }
      continue;
    }
    // Both changed it.
    if (!theirs && !ours) continue;
    if (!theirs || !ours || sameLayer(theirs, ours)) {
      const layer = (ours ?? theirs)!;
      result.push({ id, layer });
      if (!theirs || !ours) kept.push(layer.name);
      continue;
    }
    if (!was) {
      // Both sides added a layer under the same id: two layers, neither a copy of the other.
      result.push({ id, layer: theirs });
      fromOther.added.push(theirs.name);
      movedLayers.push({ from: id, layer: ours });
      continue;
    }
    const oursNewer = time(ours.modified) >= time(theirs.modified);
    const winner = oursNewer ? ours : theirs;
    const loser = oursNewer ? theirs : ours;
    result.push({ id, layer: winner });
    losers.push(loser);
    fromOther.changed.push(theirs.name);
  }

  // The losing versions, after every other layer, each under an id no layer uses.
  const taken = new Set(result.map((entry) => entry.id));
  for (const { from, layer } of movedLayers) {
    const id = freshId(taken);
    taken.add(id);
    result.push({ id, layer });
    moved.push({ from, to: id });
  }
  for (const loser of losers) {
    const id = freshId(taken);
    taken.add(id);
    const copy = { ...loser, name: nameCopy(loser.name) };
    result.push({ id, layer: copy });
    copies.push({ name: loser.name, copy: copy.name });
  }
  return { layers: result, fromOther, copies, kept, moved };
}

/** Whether two versions of a layer (either may be absent) hold the same. */
export function sameLayer(a: Layer | undefined, b: Layer | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return canonical(a) === canonical(b);
}

/** JSON with the keys of every object in order: equal layers give equal text, whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}

function time(timestamp: string): number {
  const parsed = Date.parse(timestamp);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/**
 * `layer-` and eight random hex digits, none that `taken` has. Random, not counted: a tab that reused the id of a
 * layer it deleted could meet another tab that still has the old layer under it, and the two would pass for one.
 */
export function freshId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `layer-${randomHex()}`;
    if (!taken.has(id)) return id;
  }
}

function randomHex(): string {
  const bytes = new Uint8Array(4);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
