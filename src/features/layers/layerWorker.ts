// Must run before the schemas are created (see src/app/zodWithoutEval.ts): a worker has its own copy of zod.
import '../../state/zodJitless';

import { importLayer } from '../../model/layers/importLayer';

import type { LayerWorkerRequest } from './readLayerText';

/** Parses and validates a large layer file off the page; the page receives the validated layer or the errors. */
self.onmessage = (event: MessageEvent<LayerWorkerRequest>) => {
  const { text, knownIds } = event.data;
  const known = new Set(knownIds);
  self.postMessage(importLayer(text, { isKnownNode: (id) => known.has(id) }));
};
