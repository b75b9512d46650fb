import type { CoreDataset } from '../schema';

import { computeLayout } from './computeLayout';
import type { GraphLayout } from './types';

/** Layouts worked out ahead (off the page's thread, as the data was read), by the data set they belong to. */
const premade = new WeakMap<CoreDataset, GraphLayout>();

/** Keeps `layout`, worked out elsewhere from the same data as `dataset`, for `fixedLayoutOf`. */
export function keepLayout(dataset: CoreDataset, layout: GraphLayout): void {
  premade.set(dataset, layout);
}

/** The one layout of a very large catalogue: the one worked out ahead if there is one, else worked out now. */
export function fixedLayoutOf(dataset: CoreDataset): GraphLayout {
  return premade.get(dataset) ?? computeLayout(dataset);
}
