import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

import { type GraphPicture, pictureBounds } from '../../model/graphPicture';

import { dropPagePicture, pagePictureShown, placePagePicture } from './pagePicture';
import { coveredBy, type Insets, pictureViewport, type Viewport } from './viewport';

interface StandInOptions {
  /** The canvas's box, where the picture goes. */
  container: RefObject<HTMLDivElement | null>;
  /** Whether the canvas has drawn: the picture is no longer needed. */
  ready: boolean;
  /** A very large catalogue gets no picture. */
  large: boolean;
  picture: GraphPicture;
  /** What a panel covers of the canvas. */
  insets: Insets;
  /** The height of the tools along the canvas's bottom, which the picture keeps clear of too. */
  toolbarHeight: RefObject<number>;
}

export interface StandIn {
  /** The picture index.html brought stands in: the view need not draw its own. */
  onPagePicture: boolean;
  /** Where the view's own picture goes: where the canvas will put the graph. */
  viewport: Viewport | undefined;
}

/**
 * Until the canvas is ready its picture stands in, where the canvas will draw it: the page's (pagePicture.ts) while
 * the view is the one it shows, else one the graph view draws at `viewport`. Leaving before the canvas was ready,
 * the view takes the page's picture along.
 */
export function useStandInPicture({
  container,
  ready,
  large,
  picture,
  insets,
  toolbarHeight,
}: StandInOptions): StandIn {
  const [viewport, setViewport] = useState<Viewport | undefined>(undefined);
  const [onPagePicture, setOnPagePicture] = useState(() => !large && pagePictureShown());
  const firstPicture = useRef(picture);

  useLayoutEffect(() => {
    const box = container.current;
    const bounds = pictureBounds(picture);
    if (ready || large || !box || !bounds) return;
    const place = () => {
      const free = coveredBy(insets, toolbarHeight.current);
      if (onPagePicture) {
        if (picture === firstPicture.current && placePagePicture(box.getBoundingClientRect(), free)) return;
        dropPagePicture();
        setOnPagePicture(false);
        return;
      }
      setViewport(pictureViewport({ width: box.clientWidth, height: box.clientHeight }, bounds, free));
    };
    place();
    const resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(place);
    resizes?.observe(box);
    return () => resizes?.disconnect();
  }, [container, ready, large, picture, insets, toolbarHeight, onPagePicture]);

  useEffect(() => dropPagePicture, []);

  return { onPagePicture, viewport };
}
