import { type RefObject, useEffect } from 'react';

import { useViewStore } from '../../state/viewStore';

/** When the view opens with a node selected (a shared link), its first mention is scrolled into sight. */
export function useScrollToSelected(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const id = useViewStore.getState().view.node;
    if (!id) return;
    const target = Array.from(container.current?.querySelectorAll('[data-node-id]') ?? []).find(
      (element) => element.getAttribute('data-node-id') === id,
    );
    target?.scrollIntoView?.({ block: 'center' });
    // Only when the view opens: selecting inside the view must not move it.
  }, [container]);
}
