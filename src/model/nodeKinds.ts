import type { NavNode } from './schema';
import type { NodeKind } from './vocabulary';

export const THREAT_KINDS: readonly NodeKind[] = ['threat', 'threat-group'];
export const CONTROL_KINDS: readonly NodeKind[] = ['control', 'control-group'];
export const TOP10_KINDS: readonly NodeKind[] = ['ml-top10', 'llm-top10'];

export const isThreat = (node: Pick<NavNode, 'kind'>) => THREAT_KINDS.includes(node.kind);
export const isControl = (node: Pick<NavNode, 'kind'>) => CONTROL_KINDS.includes(node.kind);
export const isTop10 = (node: Pick<NavNode, 'kind'>) => TOP10_KINDS.includes(node.kind);
