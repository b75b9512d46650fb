import type { GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';

export interface Mitigation {
  controlId: string;
  /**
   * The groups on the nearest link: `[]` when the control mitigates the threat directly, else the control group
   * it is part of and/or the threat group the threat is part of, in that order.
   */
  via: readonly string[];
}

/**
 * The controls (never control groups) that mitigate a threat: directly, through a control group they are part
 * of, or through a threat group the threat is part of; each control once, at its nearest link, in reading order.
 * With `visible`, only controls in it count.
 */
export function controlsForThreat(
  index: GraphIndex,
  threatId: string,
  visible?: ReadonlySet<string>,
): Mitigation[] {
  const found = new Map<string, Mitigation>();
  const add = (controlId: string, via: string[]) => {
    if (found.has(controlId) || (visible && !visible.has(controlId))) return;
    if (index.node(controlId)?.kind === 'control') found.set(controlId, { controlId, via });
  };
  const targets = [
    threatId,
    ...index.ancestors(threatId).filter((id) => {
      const node = index.node(id);
      return !!node && isThreat(node);
    }),
  ];
  for (const target of targets) {
    const through = target === threatId ? [] : [target];
    const sources = index.incoming(target, 'mitigates').map((edge) => edge.source);
    for (const source of sources) add(source, through);
    for (const source of sources) {
      if (index.node(source)?.kind !== 'control-group') continue;
      for (const member of index.descendants(source)) add(member, [source, ...through]);
    }
  }
  const order = (id: string) => index.node(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...found.values()].sort((a, b) => order(a.controlId) - order(b.controlId));
}
