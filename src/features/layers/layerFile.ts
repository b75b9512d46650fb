import { serializeLayer } from '../../model/layers/editLayer';
import type { Layer } from '../../model/layers/schema';
import { downloadFile } from '../exports/downloadFile';
import { datedFileName } from '../exports/fileNames';

/** Downloads a layer in the layer file format (docs/layer-format.md). */
export function downloadLayer(layer: Layer, date: Date) {
  downloadFile(serializeLayer(layer), datedFileName('layer', 'json', date, layer.name), 'application/json');
}

/** Downloads the saved text that could not be read, exactly as it was found. */
export function downloadUnreadableStore(raw: string, date: Date) {
  downloadFile(raw, datedFileName('layers-backup', 'json', date), 'application/json');
}
