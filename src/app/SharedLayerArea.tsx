import { Suspense, useEffect, useState } from 'react';

import type { GraphIndex } from '../model/graphIndex';
import { useViewStore } from '../state/viewStore';

import { SharedLayerPrompt } from './shellParts';

/** How long the outcome of a shared layer stays over the graph. */
const OUTCOME_MS = 8000;

/**
 * A layer shared by link (`?layer=`): its prompt and, once answered, what happened. In the graph view both float
 * over the top of the graph, which keeps its size: a graph that made room for them would shrink to half the
 * screen and fit itself again, then grow back, a jump each time. Over the graph the outcome goes after a few
 * seconds; elsewhere both take their place at the top of the page.
 */
export function SharedLayerArea({
  index,
  overGraph,
  onAnswered,
}: {
  index: GraphIndex;
  overGraph: boolean;
  /** Once the prompt is answered (and so goes away, with the control that had the focus): where focus goes. */
  onAnswered(): void;
}) {
  const sharedLayer = useViewStore((state) => state.view.layer);
  const clearSharedLayer = useViewStore((state) => state.clearSharedLayer);
  const [outcome, setOutcome] = useState('');
  useEffect(() => {
    if (!overGraph || outcome === '') return;
    const timer = setTimeout(() => setOutcome(''), OUTCOME_MS);
    return () => clearTimeout(timer);
  }, [overGraph, outcome]);
  return (
    <>
      {sharedLayer && (
        <Suspense fallback={null}>
          <SharedLayerPrompt
            key={sharedLayer}
            url={sharedLayer}
            index={index}
            overGraph={overGraph}
            onDone={(message) => {
              clearSharedLayer();
              setOutcome(message ?? '');
              onAnswered();
            }}
          />
        </Suspense>
      )}
      <p
        role="status"
        className={
          overGraph ? 'hint shared-layer-status shared-layer-status--over' : 'hint shared-layer-status'
        }
        data-testid="shared-layer-status"
      >
        {outcome && <span>{outcome}</span>}
      </p>
    </>
  );
}
