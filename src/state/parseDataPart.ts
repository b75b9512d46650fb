import { readDataFile } from '../model/dataFile';
import { computeLayout } from '../model/layout/computeLayout';
import { isLargeDataset } from '../model/layout/largeCatalogue';
import type { GraphLayout } from '../model/layout/types';
import { parseCore, type Parsed, parseDetails } from '../model/parseDataset';
import type { CoreDataset, DatasetDetails } from '../model/schema';

export type DataPart = 'core' | 'details';
export interface DataPartRequest {
  part: DataPart;
  source: string;
  bytes: ArrayBuffer;
}

export interface PartValue {
  core: CoreDataset;
  details: DatasetDetails;
}

/** The part, and for the core of a very large catalogue its one layout. */
export interface DataPartReply<P extends DataPart = DataPart> {
  parsed: Parsed<PartValue[P]>;
  layout?: GraphLayout;
}

/** Decodes, parses and validates the bytes of one part of the data set; errors name the file and the field. */
export function parseDataPart<P extends DataPart>(
  part: P,
  source: string,
  bytes: ArrayBuffer,
): Parsed<PartValue[P]> {
  const text = readDataFile(source, bytes);
  if (!text.ok) return text;
  const result = (part === 'core' ? parseCore(text.json) : parseDetails(text.json)) as Parsed<PartValue[P]>;
  return result.ok ? result : { ok: false, errors: result.errors.map((error) => `${source} ${error}`) };
}

/** The worker's reply to `request`: the part, and for the core of a very large catalogue its one layout. */
export function dataPartReply({ part, source, bytes }: DataPartRequest): DataPartReply {
  if (part === 'details') return { parsed: parseDataPart(part, source, bytes) };
  const parsed = parseDataPart(part, source, bytes);
  return {
    parsed,
    layout: parsed.ok && isLargeDataset(parsed.value) ? computeLayout(parsed.value) : undefined,
  };
}

/** The first of the worker's messages, as JSON text: the part, and whether a layout follows in a second. */
export interface PartMessage<P extends DataPart = DataPart> {
  parsed: Parsed<PartValue[P]>;
  layoutFollows: boolean;
}
