import { describe, expect, it } from 'vitest';

import { edgeId } from '../../src/model/edges';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { graphPicture, isFolded, layoutKey, offerLayout, pictureBounds } from '../../src/model/graphPicture';
import { computeLayout } from '../../src/model/layout/computeLayout';
import { fingerprint, layoutFromJson, layoutToJson } from '../../src/model/layout/layoutJson';
import { visibleSubgraph } from '../../src/model/visibility';

import { navigatorFixture } from './layout-fixture';

const dataset = navigatorFixture();
const index = buildIndex(dataset);
const all = visibleSubgraph(index, DEFAULT_FILTERS);
const integrity = visibleSubgraph(index, { ...DEFAULT_FILTERS, impact: ['model-behaviour-integrity'] });
const generalControls = dataset.nodes
  .filter((node) => node.section === 'general-controls' && node.kind === 'control')
  .map((node) => node.id);

describe('the picture of a view', () => {
  it('folds the general controls only while the view is narrowed, unless told otherwise', () => {
    expect(isFolded('auto', false)).toBe(false);
    expect(isFolded('auto', true)).toBe(true);
    expect(isFolded('open', true)).toBe(false);
    expect(isFolded('folded', false)).toBe(true);
  });

  it('draws every shown node when nothing is folded, laid out as the whole data set', () => {
    const picture = graphPicture(index, all, { fold: 'auto', narrowed: false });
    expect([...picture.drawn].sort()).toEqual([...all.nodes].sort());
    expect(picture.folded.size).toBe(0);
    expect(picture.layout).toEqual(computeLayout(dataset));
  });

  it('takes the layout the build made ahead for exactly the view it was made for, and no other', () => {
    // A fresh index: nothing laid out yet.
    const fresh = buildIndex(dataset);
    const first = graphPicture(index, all, { fold: 'auto', narrowed: false });
    const made = layoutToJson(first.layout, layoutKey(index, first));
    expect(layoutFromJson(JSON.parse(JSON.stringify(made)))).toEqual(first.layout);
    // Marked, to tell it from a layout worked out anew.
    const marked = {
      ...made,
      bands: made.bands.map(([id, x, ...rest]) => [id, x + 1000, ...rest]),
    } as typeof made;
    offerLayout(fresh, marked);
    const narrowed = graphPicture(fresh, integrity, { fold: 'auto', narrowed: true });
    expect(narrowed.layout.bands).toEqual(
      computeLayout({
        nodes: dataset.nodes.filter((node) => narrowed.drawn.has(node.id)),
        edges: dataset.edges.filter((edge) => narrowed.edges.has(edgeId(edge))),
      }).bands,
    );
    const firstView = graphPicture(fresh, all, { fold: 'auto', narrowed: false });
    expect(firstView.layout).toEqual(layoutFromJson(marked));
    expect(firstView.layout).not.toEqual(first.layout);
  });

  it('fingerprints what a layout places, telling one set from another', () => {
    expect(fingerprint('a b|x')).toBe(fingerprint('a b|x'));
    expect(fingerprint('a b|x')).not.toBe(fingerprint('a b|y'));
    expect(fingerprint('')).toMatch(/^[0-9a-z]+$/);
  });

  it('gives a view seen a moment ago the layout it had, and another view its own', () => {
    const everything = graphPicture(index, all, { fold: 'auto', narrowed: false });
    const narrowed = graphPicture(index, integrity, { fold: 'auto', narrowed: true });
    const open = graphPicture(index, integrity, { fold: 'open', narrowed: true });
    expect(graphPicture(index, all, { fold: 'auto', narrowed: false }).layout).toBe(everything.layout);
    expect(graphPicture(index, integrity, { fold: 'auto', narrowed: true }).layout).toBe(narrowed.layout);
    expect(narrowed.layout).not.toBe(everything.layout);
    expect(open.layout).not.toBe(narrowed.layout);
    expect(open.layout).toEqual(
      computeLayout({
        nodes: index.nodes.filter((node) => open.drawn.has(node.id)),
        edges: index.edges.filter((edge) => open.edges.has(edge.id)),
      }),
    );
  });

  it('folds the general control boxes into their headings, counting the controls each stands for', () => {
    const picture = graphPicture(index, integrity, { fold: 'auto', narrowed: true });
    for (const id of generalControls) expect(picture.drawn.has(id), id).toBe(false);
    expect(picture.folded.get('governancecontrols')).toBe(
      generalControls.filter((id) => index.parents(id).includes('governancecontrols')).length,
    );
    // The heading stays, and so does every answer outside the general controls.
    expect(picture.drawn.has('governancecontrols')).toBe(true);
    for (const id of integrity.nodes)
      if (!generalControls.includes(id)) expect(picture.drawn.has(id), id).toBe(true);
    for (const id of picture.edges) {
      const edge = index.edges.find((candidate) => candidate.id === id)!;
      expect(picture.drawn.has(edge.source) && picture.drawn.has(edge.target), id).toBe(true);
    }
  });

  it('closes up: a narrowed view is laid out on its own and covers less', () => {
    const whole = pictureBounds(graphPicture(index, all, { fold: 'auto', narrowed: false }))!;
    const narrowed = graphPicture(index, integrity, { fold: 'auto', narrowed: true });
    const bounds = pictureBounds(narrowed)!;
    expect(narrowed.closedUp).toBe(true);
    expect([...narrowed.layout.nodes.keys()].sort()).toEqual([...narrowed.drawn].sort());
    expect((bounds.x2 - bounds.x1) * (bounds.y2 - bounds.y1)).toBeLessThan(
      (whole.x2 - whole.x1) * (whole.y2 - whole.y1),
    );
  });

  it('keeps a fixed layout where one is given (very large graphs), bounded by what it draws', () => {
    const fixed = computeLayout(dataset);
    const picture = graphPicture(index, integrity, {
      fold: 'open',
      narrowed: true,
      fixedLayout: () => fixed,
    });
    expect(picture.closedUp).toBe(false);
    expect(picture.layout).toBe(fixed);
    const bounds = pictureBounds(picture)!;
    for (const id of picture.drawn) {
      const box = fixed.nodes.get(id)!;
      expect(box.x - box.width / 2).toBeGreaterThanOrEqual(bounds.x1);
      expect(box.y + box.height / 2).toBeLessThanOrEqual(bounds.y2);
    }
  });

  it('leaves the general controls open under `auto` when it keeps a fixed layout, folding them only when asked', () => {
    const fixed = () => computeLayout(dataset);
    const auto = graphPicture(index, integrity, { fold: 'auto', narrowed: true, fixedLayout: fixed });
    expect(auto.folded.size).toBe(0);
    expect(auto.drawn).toEqual(integrity.nodes);
    const asked = graphPicture(index, integrity, { fold: 'folded', narrowed: true, fixedLayout: fixed });
    expect(asked.folded.size).toBeGreaterThan(0);
    expect(graphPicture(index, integrity, { fold: 'auto', narrowed: true }).folded.size).toBeGreaterThan(0);
  });

  it('has no bounds when it draws nothing', () => {
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    expect(pictureBounds(graphPicture(index, none, { fold: 'auto', narrowed: true }))).toBeNull();
  });
});
