// Must run before the schemas are created (see src/app/zodWithoutEval.ts): a worker has its own copy of zod.
import './zodJitless';

import { type DataPartRequest, parseDataPart } from './parseDataPart';

/** Parses and validates a large data file off the main thread; the page receives the validated value. */
self.onmessage = (event: MessageEvent<DataPartRequest>) => {
  const { part, source, bytes } = event.data;
  self.postMessage(parseDataPart(part, source, bytes));
};
