import { useCallback } from 'react';

/**
 * A ref that keeps a CSS custom property of the element's closest `host` at the element's height as it changes,
 * for the layout around it (how far down the page the view starts, how tall the line above the canvas is).
 */
export function useHeightProperty<T extends HTMLElement>(property: string, host: string) {
  return useCallback(
    (element: T | null) => {
      const target = element?.closest<HTMLElement>(host);
      if (!element || !target || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() =>
        target.style.setProperty(property, `${element.offsetHeight}px`),
      );
      observer.observe(element);
      return () => {
        observer.disconnect();
        target.style.removeProperty(property);
      };
    },
    [property, host],
  );
}
