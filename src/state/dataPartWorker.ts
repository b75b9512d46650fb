// Must run before the schemas are created (see src/app/zodWithoutEval.ts): a worker has its own copy of zod.
import './zodJitless';

import { type DataPartRequest, parseDataPart } from './parseDataPart';

/**
 * Parses and validates a large data file off the main thread; the page receives the validated value as JSON text.
 * Posted as objects, the value would be rebuilt on the page's thread from its structured clone, in one task that
 * took some 130 ms for the core of a 5,000-node catalogue; the page parses the same value as text in a fraction.
 */
self.onmessage = (event: MessageEvent<DataPartRequest>) => {
  const { part, source, bytes } = event.data;
  self.postMessage(JSON.stringify(parseDataPart(part, source, bytes)));
};
