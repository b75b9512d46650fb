// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AnnotationLegend } from '../../src/features/graph/AnnotationLegend';
import { GraphLegend } from '../../src/features/graph/GraphLegend';
import type { GraphViewProps } from '../../src/features/graph/GraphView';
import { overlayClasses } from '../../src/features/graph/overlayClasses';
import { overlayLegend } from '../../src/features/graph/overlayLegend';
import type { GraphOverlay } from '../../src/features/graph/useGraphOverlay';
import { navigatorFixture } from '../unit/layout-fixture';

import { labels, made } from './graphTestKit';
import { renderGraphView } from './renderGraphView';

vi.mock('../../src/features/graph/createCytoscape', async () => {
  const kit = await import('./graphTestKit');
  return { createCytoscape: kit.createHeadless };
});

const dataset = navigatorFixture();
const control = dataset.nodes.find((node) => node.kind === 'control')!.id;
const [threat, other] = dataset.nodes.filter((node) => node.kind === 'threat').map((node) => node.id);
const cy = () => made.at(-1)!;
const classesOf = (id: string) => cy().getElementById(id).classes();

function overlay(input: Partial<Parameters<typeof overlayClasses>[0]>, legend = true): GraphOverlay {
  const classes = overlayClasses({ roleFocus: new Set(), supplier: new Set(), marks: new Map(), ...input });
  const entries = legend
    ? overlayLegend({ role: 'What your role acts on', supplier: null, layer: null })
    : [];
  return { classes, legend: { title: 'Marks on the graph', entries } };
}

const setup = (more: Partial<GraphViewProps>) => renderGraphView(dataset, more);

beforeEach(() => {
  made.length = 0;
  window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query })) as never;
});
afterEach(() => vi.restoreAllMocks());

describe('graph overlays', () => {
  it('mark the role focus, supplier threats and layer marks by class, and take them off when they go', () => {
    const { rerenderWith } = setup({
      overlay: overlay({
        roleFocus: new Set([threat!]),
        supplier: new Set([other!]),
        marks: new Map([[control, { status: 'implemented' as const }]]),
      }),
    });
    expect(classesOf(threat!)).toContain('role-focus');
    expect(classesOf(other!)).toContain('scope-supplier');
    expect(classesOf(control)).toContain('status-implemented');

    rerenderWith({ overlay: overlay({ marks: new Map([[control, { status: 'planned' as const }]]) }) });
    expect(classesOf(threat!)).not.toContain('role-focus');
    expect(classesOf(other!)).not.toContain('scope-supplier');
    expect(classesOf(control)).toContain('status-planned');
    expect(classesOf(control)).not.toContain('status-implemented');
    // Other nodes are not dimmed by a role.
    expect(cy().elements('.dimmed')).toHaveLength(0);
  });

  it('name a marked node with its symbol in front', () => {
    setup({ overlay: overlay({ marks: new Map([[control, { status: 'implemented' as const }]]) }) });
    const node = cy().getElementById(control);
    expect(String(node.style('label'))).toMatch(/^✓ /);
  });

  it('bring their looks when the first mark comes, and take them away with the last', () => {
    const { rerenderWith } = setup({});
    const node = () => cy().getElementById(control);
    const plain = String(node().style('label'));
    rerenderWith({ overlay: overlay({ marks: new Map([[control, { status: 'implemented' as const }]]) }) });
    expect(String(node().style('label'))).toBe(`✓ ${plain}`);
    rerenderWith({ overlay: overlay({}) });
    expect(String(node().style('label'))).toBe(plain);
  });

  it('explain their marks in the legend while there are any', () => {
    const legendOf = (marks: GraphOverlay) => (
      <GraphLegend labels={labels}>
        <AnnotationLegend {...marks.legend} />
      </GraphLegend>
    );
    const { rerender } = render(legendOf(overlay({ roleFocus: new Set([threat!]) })));
    const legend = screen.getByRole('region', { name: 'Marks on the graph', hidden: true });
    expect(within(legend).getByRole('listitem', { hidden: true }).textContent).toBe(
      '★What your role acts on',
    );
    rerender(legendOf(overlay({}, false)));
    expect(screen.queryByRole('region', { name: 'Marks on the graph', hidden: true })).toBeNull();
  });
});
