// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { GraphViewProps } from '../../src/features/graph/GraphView';
import { edgeId } from '../../src/model/edges';
import { navigatorFixture } from '../unit/layout-fixture';

import { labels, made, visibleOf } from './graphTestKit';
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

const setup = (props: Partial<GraphViewProps> = {}) => renderGraphView(dataset, props);

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
    for (const name of [labels.zoomIn, labels.zoomOut, labels.fit, labels.reset, labels.rearrange]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('draws every node and edge once, labelled with titles in the chosen language', () => {
    const { rerenderWith } = setup();
    expect(ids('.item')).toEqual(dataset.nodes.map((node) => node.id).sort());
    expect(ids('.link')).toEqual([...new Set(dataset.edges.map(edgeId))].sort());
    const label = (id: string) => String(cy().getElementById(id).data('label')).replaceAll('\u200b', '');
    expect(label('datapoison')).toBe('Data poisoning\nIntegrity');
    expect(label('aiprogram')).toBe('AI PROGRAM\ngovernance');
    rerenderWith({ language: 'ja' });
    expect(label('datapoison')).toBe('データ汚染\nIntegrity');
    expect(label('band-label:input-threats')).toBe(labels.sections['input-threats']);
  });

  it('hides what the filters hide by class, without removing or moving anything', () => {
    const { rerenderWith } = setup();
    const before = positionOf('datapoison');
    const count = cy().elements().length;
    const onlyInput = visibleOf(
      dataset,
      (id) => dataset.nodes.find((node) => node.id === id)!.section === 'input-threats',
    );
    rerenderWith({ visible: onlyInput });
    expect(cy().elements().length).toBe(count);
    expect(ids('.item.hidden')).toEqual(
      dataset.nodes
        .filter((node) => !onlyInput.nodes.has(node.id))
        .map((node) => node.id)
        .sort(),
    );
    expect(positionOf('datapoison')).toEqual(before);
    expect(cy().getElementById('band:runtime-threats').hasClass('hidden')).toBe(true);
    expect(cy().getElementById('band:input-threats').hasClass('hidden')).toBe(false);
    expect(screen.getByRole('application').getAttribute('data-visible-count')).toBe(
      String(onlyInput.nodes.size),
    );
  });

  it('reports clicks on nodes and on the background', () => {
    const { onSelect } = setup();
    act(() => void cy().getElementById('smallmodel').emit('tap'));
    expect(onSelect).toHaveBeenLastCalledWith('smallmodel');
    act(() => void cy().emit('tap'));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('marks the selected node, emphasises its neighbourhood and centres on it', () => {
    const { rerenderWith } = setup();
    rerenderWith({ selectedId: 'datapoison' });
    expect(ids('.selected')).toEqual(['datapoison']);
    expect(cy().getElementById('moretraindata').hasClass('dimmed')).toBe(false);
    expect(cy().getElementById('ratelimit').hasClass('dimmed')).toBe(true);
    const node = positionOf('datapoison');
    const pan = cy().pan();
    expect(pan.x + node.x * cy().zoom()).toBeCloseTo(cy().width() / 2);
    rerenderWith({ selectedId: null });
    expect(ids('.selected')).toEqual([]);
    expect(ids('.dimmed')).toEqual([]);
  });

  it('brings a selected node into view when a filter change shows it again', () => {
    const hidden = visibleOf(dataset, (id) => id !== 'datapoison');
    const { rerenderWith } = setup({ selectedId: 'datapoison', visible: hidden });
    // A 400 × 300 view on the shown node farthest from it: something is in view, but not the selection.
    cy().width = () => 400;
    cy().height = () => 300;
    const from = positionOf('datapoison');
    const farthest = cy()
      .nodes('.item')
      .not('#datapoison')
      .max((node) => {
        const at = positionOf(node.id());
        return Math.hypot(at.x - from.x, at.y - from.y);
      }).ele;
    cy().zoom(1);
    cy().center(farthest);
    rerenderWith({ visible: visibleOf(dataset) });
    const node = positionOf('datapoison');
    expect(cy().pan().x + node.x * cy().zoom()).toBeCloseTo(cy().width() / 2);
    expect(cy().pan().y + node.y * cy().zoom()).toBeCloseTo(cy().height() / 2);
  });

  it('moves the emphasis with the selection, leaving nothing of the one before', () => {
    const { rerenderWith } = setup();
    rerenderWith({ selectedId: 'zeroknowledgeevasion' });
    const fresh = { dimmed: ids('.dimmed'), hood: ids('.hood') };
    rerenderWith({ selectedId: 'datapoison' });
    rerenderWith({ selectedId: 'zeroknowledgeevasion' });
    expect({ dimmed: ids('.dimmed'), hood: ids('.hood') }).toEqual(fresh);
  });

  it('draws labels in the fonts of the language', () => {
    const { rerenderWith } = setup();
    const font = () => String(cy().getElementById('datapoison').style('font-family'));
    expect(font()).toMatch(/^system-ui,/);
    rerenderWith({ language: 'ja' });
    expect(font()).toMatch(/^"Noto Sans CJK JP",/);
  });

  it('counts controls against a group as neighbours of its members', () => {
    const { rerenderWith } = setup();
    rerenderWith({ selectedId: 'zeroknowledgeevasion' });
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

  it('re-arranges only the visible nodes on command, and reset restores the full picture', () => {
    const { rerenderWith, commands } = setup();
    const original = positionOf('encodemodeloutput');
    const onlyRuntime = visibleOf(
      dataset,
      (id) => dataset.nodes.find((node) => node.id === id)!.section === 'runtime-threats',
    );
    rerenderWith({ visible: onlyRuntime });
    const hiddenBefore = positionOf('evasion');
    act(() => commands.current!.rearrange());
    expect(positionOf('encodemodeloutput')).not.toEqual(original);
    expect(positionOf('evasion')).toEqual(hiddenBefore);
    act(() => commands.current!.reset());
    expect(positionOf('encodemodeloutput')).toEqual(original);
  });

  it('has a re-arrange button that does the same as the command', async () => {
    const user = userEvent.setup();
    const { rerenderWith } = setup();
    const original = positionOf('encodemodeloutput');
    rerenderWith({
      visible: visibleOf(
        dataset,
        (id) => dataset.nodes.find((node) => node.id === id)!.section === 'runtime-threats',
      ),
    });
    await user.click(screen.getByRole('button', { name: labels.rearrange }));
    expect(positionOf('encodemodeloutput')).not.toEqual(original);
  });

  it('zooms with the buttons', async () => {
    const user = userEvent.setup();
    setup();
    const zoom = cy().zoom();
    await user.click(screen.getByRole('button', { name: labels.zoomIn }));
    expect(cy().zoom()).toBeGreaterThan(zoom);
    await user.click(screen.getByRole('button', { name: labels.zoomOut }));
    await user.click(screen.getByRole('button', { name: labels.zoomOut }));
    expect(cy().zoom()).toBeLessThan(zoom);
  });

  it('destroys its instance when it goes away', () => {
    const { unmount } = setup();
    const instance = cy();
    unmount();
    expect(instance.destroyed()).toBe(true);
  });
});
