import type { NavNode } from '../../model/schema';
import { useViewStore } from '../../state/viewStore';

/** The title of a node in the chosen language. */
export function useNodeTitle(): (node: NavNode) => string {
  const lang = useViewStore((state) => state.view.lang);
  return (node) => node.title[lang];
}
