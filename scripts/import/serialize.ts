import type { Dataset } from '../../src/model/schema';

/** The committed form of the data set: stable key order from the builder, two-space indent, final newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
