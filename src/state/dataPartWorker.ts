// Must run before the schemas are created (see src/app/zodWithoutEval.ts): a worker has its own copy of zod.
import './zodJitless';

import { dataPartReply, type DataPartRequest, type PartMessage } from './parseDataPart';

/**
 * Parses and validates a large data file off the main thread; the page receives the validated value as JSON text.
 * Posted as objects, the value would be rebuilt on the page's thread from its structured clone, in one task that
 * took some 130 ms for the core of a 5,000-node catalogue; the page parses the same value as text in a fraction.
 * The core of a very large catalogue comes with its one layout, worked out here rather than in a task of 150 ms
 * on the page. It follows in a message of its own, so its copy is another, short task (its maps are rebuilt from
 * their structured clone, which is quicker than parsing them from text).
 */
self.onmessage = (event: MessageEvent<DataPartRequest>) => {
  const { parsed, layout } = dataPartReply(event.data);
  const message: PartMessage = { parsed, layoutFollows: layout !== undefined };
  self.postMessage(JSON.stringify(message));
  if (layout) self.postMessage(layout);
};
