import { type ControlChip, controlChips } from './controlChips';
import type { Filters } from './filters';
import type { GraphIndex } from './graphIndex';
import { isThreat } from './nodeKinds';
import { inheritedFacet, mitigatorsOf } from './relations';
import type { NavNode } from './schema';
import { type Impact, IMPACTS, type Lifecycle } from './vocabulary';

/**
 * The AI Exchange periodic table, computed from the data: asset & impact → attack surface with lifecycle →
 * threat → the controls against it.
 *
 * Rows are the most specific threats: those without member threats (direct and indirect prompt injection,
 * data poisoning, …), with their threat group as context. A group whose members have no controls of their
 * own (evasion and its zero-, partial- and perfect-knowledge variants) is one row naming its members as
 * variants: a row per member would repeat the same controls, and the upstream table has one Evasion row too.
 *
 * A row's controls are those that mitigate the threat directly or through one of its threat groups, in the
 * data's reading order (general controls first, then those of the section, then the threat's own); control
 * groups stay one chip that can be expanded to its members.
 */

/** Attack surfaces in the order of the upstream table: model use, breaking into the running system, development. */
export const ATTACK_SURFACES: readonly Lifecycle[] = ['use', 'runtime', 'development-time'];

export interface TableControl extends ControlChip {
  /** Whether the upstream periodic table lists this control for the threat (an edge with basis `periodic-table`). */
  inPeriodicTable: boolean;
}

export interface ThreatRow {
  threat: NavNode;
  /** The threat group the threat is part of, for context. */
  group: NavNode | undefined;
  /** Member threats folded into this row. */
  variants: NavNode[];
  controls: TableControl[];
}

export interface SurfaceBlock {
  lifecycle: Lifecycle;
  rows: ThreatRow[];
}

export interface ImpactBlock {
  impact: Impact;
  surfaces: SurfaceBlock[];
}

/**
 * The table for the filters: rows of the threats in `visibleNodes`; with an impact or lifecycle filter, only the
 * blocks of the selected impacts and lifecycles; only shown controls. A threat with several impacts (or
 * lifecycles) has a row in each block. Empty blocks are left out.
 */
export function periodicTable(
  index: GraphIndex,
  filters: Filters,
  visibleNodes: ReadonlySet<string>,
): ImpactBlock[] {
  const impacts = filters.impact.length > 0 ? IMPACTS.filter((i) => filters.impact.includes(i)) : IMPACTS;
  const surfaces =
    filters.lifecycle.length > 0
      ? ATTACK_SURFACES.filter((l) => filters.lifecycle.includes(l))
      : ATTACK_SURFACES;
  const rows = tableThreats(index)
    .filter(({ threat }) => visibleNodes.has(threat.id))
    .map(({ threat, variants }) => ({
      threat,
      group: index.parents(threat.id).flatMap((id) => index.node(id) ?? [])[0],
      variants: variants.filter((variant) => visibleNodes.has(variant.id)),
      controls: rowControls(index, threat, visibleNodes),
      impacts: inheritedFacet(index, threat, 'impacts'),
      lifecycle: inheritedFacet(index, threat, 'lifecycle'),
    }));

  return impacts
    .map((impact) => ({
      impact,
      surfaces: surfaces
        .map((lifecycle) => ({
          lifecycle,
          rows: rows
            .filter((row) => row.impacts.includes(impact) && row.lifecycle.includes(lifecycle))
            .map(({ threat, group, variants, controls }) => ({ threat, group, variants, controls })),
        }))
        .filter((surface) => surface.rows.length > 0),
    }))
    .filter((block) => block.surfaces.length > 0);
}

/** Every threat that is a row, with the member threats folded into it. */
export function tableThreats(index: GraphIndex): { threat: NavNode; variants: NavNode[] }[] {
  const memberThreats = (id: string) =>
    index
      .descendants(id)
      .flatMap((memberId) => index.node(memberId) ?? [])
      .filter(isThreat);
  const hasOwnControls = (node: NavNode) => index.incoming(node.id, 'mitigates').length > 0;
  const folded = new Set<string>();
  const rows: { threat: NavNode; variants: NavNode[] }[] = [];
  for (const threat of index.nodes.filter(isThreat)) {
    if (folded.has(threat.id)) continue;
    const members = memberThreats(threat.id);
    if (members.length === 0) rows.push({ threat, variants: [] });
    else if (!members.some(hasOwnControls)) {
      members.forEach((member) => folded.add(member.id));
      rows.push({ threat, variants: members });
    }
  }
  // A member listed before its folding group was pushed as a row of its own: drop it.
  return rows.filter((row) => !folded.has(row.threat.id));
}

function rowControls(index: GraphIndex, threat: NavNode, visibleNodes: ReadonlySet<string>): TableControl[] {
  const { direct, throughGroups } = mitigatorsOf(index, threat.id);
  const targets = [threat.id, ...index.ancestors(threat.id)];
  const inPeriodicTable = (control: NavNode) =>
    targets.some((target) =>
      index
        .incoming(target, 'mitigates')
        .some((edge) => edge.source === control.id && edge.basis.includes('periodic-table')),
    );
  const controls = [...direct, ...throughGroups.flatMap((group) => group.nodes)]
    .filter((control) => visibleNodes.has(control.id))
    .sort((a, b) => a.order - b.order);
  return controlChips(index, controls, visibleNodes).map((chip) => ({
    ...chip,
    inPeriodicTable: inPeriodicTable(chip.node),
  }));
}
