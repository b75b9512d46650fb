// Must run before the schemas are created (see src/app/zodWithoutEval.ts): a worker has its own copy of zod.
import '../../state/zodJitless';

import { importLayer } from '../../model/layers/importLayer';

import type { LayerWorkerRequest } from './readLayerBytes';

/** Decodes, parses and validates a large layer file off the page; the page receives the layer or the errors. */
self.onmessage = (event: MessageEvent<LayerWorkerRequest>) => {
  const { bytes, knownIds } = event.data;
  const known = new Set(knownIds);
  self.postMessage(importLayer(new TextDecoder().decode(bytes), { isKnownNode: (id) => known.has(id) }));
};
