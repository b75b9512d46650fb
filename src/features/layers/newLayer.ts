import type { GraphIndex } from '../../model/graphIndex';

/** The upstream commit of the loaded data set, which a new layer records as its `dataVersion`. */
export function dataVersionOf(index: GraphIndex): string {
  // The schema requires at least one upstream entry with a commit id.
  return index.dataset.upstream[0]!.commit;
}
