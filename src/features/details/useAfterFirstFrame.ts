import { useEffect, useState } from 'react';

import { afterNextPaint } from '../../state/afterNextPaint';

/**
 * False while a component's first frame is drawn, true from the frame after: what can wait is then left out of the
 * frame that answers a click.
 */
export function useAfterFirstFrame(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => afterNextPaint(() => setLater(true)), []);
  return later;
}
