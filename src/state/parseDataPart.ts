import { readDataFile } from '../model/dataFile';
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
