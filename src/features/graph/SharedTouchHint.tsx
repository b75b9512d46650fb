import { type RefObject, useEffect, useRef, useState } from 'react';

import type { GraphLabels } from './GraphLabels';
import { shareTouchWithPage } from './shareTouch';

/**
 * While `on` (a page that scrolls under one finger), the canvas shares touch with the page (`shareTouchWithPage`):
 * whether one finger moves the graph now, and a way to give it back to the page.
 */
export function useSharedTouch(container: RefObject<HTMLElement | null>, on: boolean) {
  const [handsOn, setHandsOn] = useState(false);
  const release = useRef(() => {});
  useEffect(() => {
    const canvas = container.current;
    if (!on || !canvas) return;
    const shared = shareTouchWithPage(canvas, setHandsOn);
    release.current = shared.release;
    return () => {
      shared.stop();
      release.current = () => {};
      setHandsOn(false);
    };
  }, [container, on]);
  return { handsOn, release: () => release.current() };
}

/** Says how touch works on the canvas, and while one finger moves the graph, offers to give it back. */
export function SharedTouchHint({
  labels,
  handsOn,
  onRelease,
}: {
  labels: GraphLabels['touch'];
  handsOn: boolean;
  onRelease(): void;
}) {
  return (
    <p className={handsOn ? 'graph-touch-hint is-hands-on' : 'graph-touch-hint'}>
      {handsOn ? labels.handsOn : labels.shared}
      {handsOn && (
        <button type="button" onClick={onRelease}>
          {labels.release}
        </button>
      )}
    </p>
  );
}
