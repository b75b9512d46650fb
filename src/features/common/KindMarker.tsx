import type { NavNode } from '../../model/schema';
import { CONTROL_LOOKS, GOVERNANCE_BORDER_WIDTH, NODE_LOOKS } from '../graph/palette';
import { NodeSwatch } from '../graph/Swatch';

/** A small picture of the node as the graph draws it (shape, fill, border); decorative, text names the kind. */
export function KindMarker({ node }: { node: Pick<NavNode, 'kind' | 'controlType' | 'governance'> }) {
  const look = NODE_LOOKS[node.kind];
  const control = node.kind === 'control' && node.controlType ? CONTROL_LOOKS[node.controlType] : undefined;
  return (
    <span className="kind-marker">
      <NodeSwatch
        {...look}
        {...control}
        borderWidth={node.governance ? GOVERNANCE_BORDER_WIDTH : look.borderWidth}
      />
    </span>
  );
}
