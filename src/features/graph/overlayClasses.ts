import type { NodeOverlay } from '../layers/overlay';

/** What the canvas marks beside the filters: the chosen role's focus, the supplier's threats, a layer's marks. */
export interface OverlayInput {
  roleFocus: ReadonlySet<string>;
  /** Threats (and groups) the scope answers leave to a supplier. */
  supplier: ReadonlySet<string>;
  /** The active layer's status per control and risk level per threat. */
  marks: ReadonlyMap<string, NodeOverlay>;
  /** Threats and controls an opened ATLAS Navigator layer reaches. */
  atlas?: ReadonlySet<string>;
}

/** The overlay classes of each marked node; unmarked nodes are left out. */
export function overlayClasses({
  roleFocus,
  supplier,
  marks,
  atlas,
}: OverlayInput): ReadonlyMap<string, string[]> {
  const classes = new Map<string, string[]>();
  const add = (id: string, name: string) => {
    const list = classes.get(id);
    if (list) list.push(name);
    else classes.set(id, [name]);
  };
  for (const id of roleFocus) add(id, 'role-focus');
  for (const id of supplier) add(id, 'scope-supplier');
  for (const [id, mark] of marks) {
    if (mark.status) add(id, `status-${mark.status}`);
    if (mark.risk) add(id, `risk-${mark.risk}`);
  }
  for (const id of atlas ?? []) add(id, 'atlas-layer');
  return classes;
}
