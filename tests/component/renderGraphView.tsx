import { render } from '@testing-library/react';
import { createRef } from 'react';
import { vi } from 'vitest';

import { type GraphCommands, GraphView, type GraphViewProps } from '../../src/features/graph/GraphView';
import type { Dataset } from '../../src/model/schema';

import { labels, pictureOf } from './graphTestKit';

/**
 * Renders GraphView on `dataset`, everything shown and nothing selected unless `props` say otherwise; the caller
 * mocks createCytoscape (graphTestKit's headless stand-in).
 */
export function renderGraphView(dataset: Dataset, props: Partial<GraphViewProps> = {}) {
  const onSelect = vi.fn();
  const commands = createRef<GraphCommands>();
  const all: GraphViewProps = {
    dataset,
    picture: pictureOf(dataset),
    selectedId: null,
    language: 'en',
    labels,
    onSelect,
    commands,
    ...props,
  };
  const view = render(<GraphView {...all} />);
  return {
    ...view,
    onSelect,
    commands,
    rerenderWith: (more: Partial<GraphViewProps>) => view.rerender(<GraphView {...all} {...more} />),
  };
}
