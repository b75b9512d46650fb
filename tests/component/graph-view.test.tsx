// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { GraphViewProps } from '../../src/features/graph/GraphView';
import { edgeId } from '../../src/model/edges';
import { navigatorFixture } from '../unit/layout-fixture';

import { labels, made, pictureOf } from './graphTestKit';
import { renderGraphView } from './renderGraphView';

vi.mock('../../src/features/graph/createCytoscape', async () => {
  const kit = await import('./graphTestKit');
  return { createCytoscape: kit.createHeadless };
});

const dataset = navigatorFixture();
const cy = () => made.at(-1)!;
/** A copy: Cytoscape hands out its live position object. */
const positionOf = (id: string) => ({ ...cy().getElementById(id).position() });
const ids = (selector: string) =>
  cy()
    .elements(selector)
    .map((element) => element.id())
    .sort();
const sectionOf = (id: string) => dataset.nodes.find((node) => node.id === id)!.section;
const onlyRuntime = () => pictureOf(dataset, (id) => sectionOf(id) === 'runtime-threats');
/** Whether the line is drawn: lines come onto the canvas on demand, and the stylesheet may still hide them. */
const drawnLine = (id: string) => {
  const line = cy().getElementById(id);
  return line.nonempty() && line.style('display') !== 'none' && !line.hasClass('hidden');
};

const setup = (props: Partial<GraphViewProps> = {}) => renderGraphView(dataset, props);
/** Once the frame of a change has been painted: a new picture closes up then. */
const afterPaint = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** A 400 × 300 canvas (headless Cytoscape has none). */
function screenOf(width: number, height: number) {
  cy().width = () => width;
  cy().height = () => height;
}

beforeEach(() => {
  made.length = 0;
  // Reduced motion: every view change is immediate, so positions can be read straight away.
  window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query })) as never;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GraphView', () => {
  it('is a labelled canvas that says when it is drawn and how many nodes it shows', async () => {
    const onFirstDraw = vi.fn();
    setup({ onFirstDraw });
    const canvas = screen.getByRole('application', { name: labels.canvas });
    expect(canvas.tabIndex).toBe(0);
    expect(canvas.getAttribute('data-graph-ready')).toBe('false');
    expect(onFirstDraw).not.toHaveBeenCalled();
    await waitFor(() => expect(canvas.getAttribute('data-graph-ready')).toBe('true'));
    // Told after the drawn graph has been committed, in an effect of its own.
    await waitFor(() => expect(onFirstDraw).toHaveBeenCalledTimes(1));
    expect(canvas.getAttribute('data-visible-count')).toBe(String(dataset.nodes.length));
    for (const name of [labels.zoomIn, labels.zoomOut, labels.fit]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('draws every node once, named in the chosen language, the Japanese without its English name', () => {
    const { rerenderWith } = setup();
    expect(ids('.item')).toEqual(dataset.nodes.map((node) => node.id).sort());
    // Lines come onto the canvas when they are drawn.
    expect(ids('.link')).toEqual([]);
    const label = (id: string) => String(cy().getElementById(id).data('label')).replaceAll('\u200b', '');
    expect(label('datapoison')).toBe('Data poisoning');
    expect(label('aiprogram')).toBe('AI PROGRAM\ngovernance');
    rerenderWith({ language: 'ja' });
    expect(label('datapoison')).toBe('データ汚染');
    expect(label('band-label:input-threats')).toBe(labels.sections['input-threats']);
  });

  it('draws no line until a node is emphasised, then its lines; all of them when asked', async () => {
    const { rerenderWith } = setup();
    const line = 'mitigates:smallmodel->modelinversionandmembership';
    expect(
      cy()
        .edges()
        .filter((edge) => drawnLine(edge.id())).length,
    ).toBe(0);
    rerenderWith({ selectedId: 'modelinversionandmembership' });
    await afterPaint();
    expect(drawnLine(line)).toBe(true);
    expect(drawnLine('mitigates:modelensemble->modelpoison')).toBe(false);
    rerenderWith({ selectedId: null, relations: 'all' });
    expect(drawnLine('mitigates:modelensemble->modelpoison')).toBe(true);
    expect(ids('.link')).toEqual([...new Set(dataset.edges.map(edgeId))].sort());
    // Membership a frame already shows is never drawn as a line.
    expect(drawnLine('part-of:zeroknowledgeevasion->evasion')).toBe(false);
    rerenderWith({ relations: 'focus' });
    expect(ids('.link')).toEqual([]);
  });

  it('closes up on a new picture: hidden nodes give up their place, shown ones move, nothing is removed', async () => {
    const { rerenderWith } = setup();
    const count = cy().elements().length;
    const before = positionOf('encodemodeloutput');
    const picture = onlyRuntime();
    rerenderWith({ picture });
    // The answer at once, in the frame of the change: what the picture leaves out is hidden, what stays waits.
    expect(cy().getElementById('datapoison').hasClass('hidden')).toBe(true);
    expect(screen.getByRole('application').getAttribute('data-visible-count')).toBe(
      String(picture.drawn.size),
    );
    expect(positionOf('encodemodeloutput')).toEqual(before);
    await afterPaint();
    expect(cy().elements().length).toBe(count);
    expect(ids('.item.hidden')).toEqual(
      dataset.nodes
        .filter((node) => !picture.drawn.has(node.id))
        .map((node) => node.id)
        .sort(),
    );
    const after = picture.layout.nodes.get('encodemodeloutput')!;
    expect(positionOf('encodemodeloutput')).toEqual({ x: after.x, y: after.y });
    expect(positionOf('encodemodeloutput')).not.toEqual(before);
    expect(cy().getElementById('band:input-threats').hasClass('hidden')).toBe(true);
    expect(cy().getElementById('band:runtime-threats').hasClass('hidden')).toBe(false);
    expect(screen.getByRole('application').getAttribute('data-visible-count')).toBe(
      String(picture.drawn.size),
    );
    rerenderWith({ picture: pictureOf(dataset) });
    expect(ids('.item.hidden')).toEqual([]);
    await afterPaint();
    expect(positionOf('encodemodeloutput')).toEqual(before);
  });

  it('folds the general controls into their boxes, saying how many each holds', async () => {
    const { rerenderWith } = setup();
    const folded = pictureOf(dataset, () => true, 'folded');
    rerenderWith({ picture: folded });
    await afterPaint();
    const label = (id: string) => String(cy().getElementById(id).data('label')).replaceAll('\u200b', '');
    const members = dataset.edges.filter(
      (edge) => edge.kind === 'part-of' && edge.target === 'governancecontrols',
    ).length;
    expect(folded.folded.get('governancecontrols')).toBe(members);
    expect(label('governancecontrols')).toBe(labels.folded('Governance', members));
    expect(cy().getElementById('governancecontrols').hasClass('folded')).toBe(true);
    expect(cy().getElementById('aiprogram').hasClass('hidden')).toBe(true);
    rerenderWith({ picture: pictureOf(dataset) });
    await afterPaint();
    expect(label('governancecontrols')).toBe('Governance');
    expect(cy().getElementById('aiprogram').hasClass('hidden')).toBe(false);
  });

  it('fits a new picture into the canvas, beside a panel that covers its right side', async () => {
    const { rerenderWith } = setup({ insets: { right: 200, bottom: 0 } });
    screenOf(600, 400);
    rerenderWith({ picture: onlyRuntime() });
    await afterPaint();
    const box = cy().nodes('.item').not('.hidden').renderedBoundingBox({ includeLabels: false });
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.y1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(400);
    expect(box.y2).toBeLessThanOrEqual(400);
  });

  it('emphasises the node the pointer rests on, not those it crosses on the way', async () => {
    setup();
    const hover = (id: string, type: 'mouseover' | 'mouseout') =>
      act(() => void cy().getElementById(id).emit(type));
    hover('smallmodel', 'mouseover');
    hover('smallmodel', 'mouseout');
    hover('datapoison', 'mouseover');
    expect(ids('.dimmed')).toEqual([]);
    await waitFor(() => expect(ids('.hood')).toContain('datapoison'));
    expect(ids('.hood')).not.toContain('smallmodel');
    expect(ids('.dimmed')).toContain('smallmodel');
    hover('datapoison', 'mouseout');
    await waitFor(() => expect(ids('.dimmed')).toEqual([]));
  });

  it('reports clicks on nodes and on the background', () => {
    const { onSelect } = setup();
    act(() => void cy().getElementById('smallmodel').emit('tap'));
    expect(onSelect).toHaveBeenLastCalledWith('smallmodel');
    act(() => void cy().emit('tap'));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('marks the selected node, emphasises its neighbourhood, and brings it out from under the panel', async () => {
    const { rerenderWith } = setup({ insets: { right: 300, bottom: 0 } });
    screenOf(700, 500);
    // The view on the selection's far right, under where the panel lies.
    cy().zoom(1);
    const node = positionOf('datapoison');
    cy().pan({ x: 650 - node.x, y: 250 - node.y });
    rerenderWith({ selectedId: 'datapoison' });
    expect(ids('.selected')).toEqual(['datapoison']);
    // The ring at once; the emphasis and the move of the view in the frame after.
    expect(ids('.dimmed')).toEqual([]);
    await afterPaint();
    expect(cy().getElementById('moretraindata').hasClass('dimmed')).toBe(false);
    expect(cy().getElementById('ratelimit').hasClass('dimmed')).toBe(true);
    const box = cy().getElementById('datapoison').renderedBoundingBox({ includeLabels: false });
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(400);
    expect(cy().zoom()).toBe(1);
    rerenderWith({ selectedId: null });
    expect(ids('.selected')).toEqual([]);
    await afterPaint();
    expect(ids('.dimmed')).toEqual([]);
  });

  it('leaves the view alone when the selection is in view already', () => {
    const { rerenderWith } = setup();
    screenOf(4000, 3000);
    cy().zoom(1);
    cy().pan({ x: 100, y: 100 });
    rerenderWith({ selectedId: 'smallmodel' });
    expect(cy().pan()).toEqual({ x: 100, y: 100 });
  });

  it('moves the emphasis with the selection, leaving nothing of the one before', async () => {
    const { rerenderWith } = setup();
    rerenderWith({ selectedId: 'zeroknowledgeevasion' });
    await afterPaint();
    const fresh = { dimmed: ids('.dimmed'), hood: ids('.hood') };
    rerenderWith({ selectedId: 'datapoison' });
    await afterPaint();
    rerenderWith({ selectedId: 'zeroknowledgeevasion' });
    await afterPaint();
    expect({ dimmed: ids('.dimmed'), hood: ids('.hood') }).toEqual(fresh);
  });

  it('draws labels in the fonts of the language', () => {
    const { rerenderWith } = setup();
    const font = () => String(cy().getElementById('datapoison').style('font-family'));
    expect(font()).toMatch(/^system-ui,/);
    rerenderWith({ language: 'ja' });
    expect(font()).toMatch(/^"Noto Sans CJK JP",/);
  });

  it('counts controls against a group as neighbours of its members', async () => {
    const { rerenderWith } = setup();
    rerenderWith({ selectedId: 'zeroknowledgeevasion' });
    await afterPaint();
    const dimmed = (id: string) => cy().getElementById(id).hasClass('dimmed');
    expect(dimmed('evasion')).toBe(false);
    expect(dimmed('evasioninputhandling')).toBe(false);
    expect(dimmed('inputthreats')).toBe(false);
    expect(dimmed('monitoruse')).toBe(false);
    expect(dimmed('ML01')).toBe(false);
    expect(dimmed('smallmodel')).toBe(true);
    expect(dimmed('perfectknowledgeevasion')).toBe(true);
  });

  it('emphasises search matches without filtering them', () => {
    const { rerenderWith } = setup();
    rerenderWith({ highlightIds: new Set(['evasion', 'ML01']) });
    expect(ids('.match')).toEqual(['ML01', 'evasion']);
    expect(ids('.hidden')).toEqual([]);
  });

  it('moves a focus ring with the arrow keys, announces it and selects with Enter', async () => {
    const user = userEvent.setup();
    const { onSelect } = setup();
    act(() => screen.getByRole('application').focus());
    await user.keyboard('{Home}');
    const first = ids('.focused');
    expect(first).toHaveLength(1);
    await user.keyboard('{ArrowDown}');
    const second = ids('.focused');
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    const title = dataset.nodes.find((node) => node.id === second[0])!.title.en;
    expect(screen.getByText(new RegExp(title)).getAttribute('aria-live')).toBe('polite');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(second[0]);
    await user.keyboard('{Escape}');
    expect(ids('.focused')).toEqual([]);
  });

  it('zooms with the buttons, and Fit brings the whole picture back', async () => {
    const user = userEvent.setup();
    setup();
    screenOf(2000, 1500);
    await user.click(screen.getByRole('button', { name: labels.fit }));
    const zoom = cy().zoom();
    await user.click(screen.getByRole('button', { name: labels.zoomIn }));
    expect(cy().zoom()).toBeGreaterThan(zoom);
    await user.click(screen.getByRole('button', { name: labels.zoomOut }));
    await user.click(screen.getByRole('button', { name: labels.zoomOut }));
    expect(cy().zoom()).toBeLessThan(zoom);
    await user.click(screen.getByRole('button', { name: labels.fit }));
    expect(cy().zoom()).toBeCloseTo(zoom);
  });

  it('destroys its instance when it goes away', () => {
    const { unmount } = setup();
    const instance = cy();
    unmount();
    expect(instance.destroyed()).toBe(true);
  });
});
