import type { NodeSingular, StylesheetJson } from 'cytoscape';

import { CONTROL_STATUSES } from '../../model/layers/layerVocabulary';
import { RISK_LEVELS } from '../../model/layers/risk';
import { RISK_COLOURS, RISK_SYMBOLS, STATUS_COLOURS, STATUS_SYMBOLS } from '../layers/overlay';

import {
  ATLAS_LAYER_COLOUR,
  ATLAS_LAYER_SYMBOL,
  ROLE_FOCUS_OUTLINE,
  ROLE_FOCUS_SYMBOL,
} from './overlayLegend';

const MARK_BORDER_WIDTH = 5;

/** The symbols a marked node's label starts with, in the order of the legend: role, status, risk. */
function markedLabel(node: NodeSingular): string {
  const symbols: string[] = [];
  if (node.hasClass('role-focus')) symbols.push(ROLE_FOCUS_SYMBOL);
  if (node.hasClass('atlas-layer')) symbols.push(ATLAS_LAYER_SYMBOL);
  for (const status of CONTROL_STATUSES)
    if (node.hasClass(`status-${status}`)) symbols.push(STATUS_SYMBOLS[status]);
  for (const level of RISK_LEVELS) if (node.hasClass(`risk-${level}`)) symbols.push(RISK_SYMBOLS[level]);
  return `${symbols.join(' ')} ${node.data('label') as string}`;
}

const statusSelectors = CONTROL_STATUSES.map((status) => `node.status-${status}`);
const riskSelectors = RISK_LEVELS.map((level) => `node.risk-${level}`);

/**
 * The look of the overlays: a thick outline for the role's focus (nothing else is dimmed), a dashed border for a
 * supplier's threats, and a layer's status or risk as border colour plus a symbol in front of the name, so colour
 * is never the only sign. Placed before the selection and focus rules, which stay on top.
 */
export function overlayStylesheet(): StylesheetJson {
  return [
    { selector: 'node.scope-supplier', style: { 'border-style': 'dashed', 'border-width': 3 } },
    ...CONTROL_STATUSES.map((status) => ({
      selector: `node.status-${status}`,
      style: { 'border-color': STATUS_COLOURS[status], 'border-width': MARK_BORDER_WIDTH },
    })),
    ...RISK_LEVELS.map((level) => ({
      selector: `node.risk-${level}`,
      style: { 'border-color': RISK_COLOURS[level], 'border-width': MARK_BORDER_WIDTH },
    })),
    {
      selector: 'node.role-focus',
      style: {
        'outline-color': ROLE_FOCUS_OUTLINE,
        'outline-width': 4,
        'outline-style': 'solid',
        'outline-offset': 2,
      },
    },
    {
      // An opened ATLAS Navigator layer: a halo behind the node, beside any border a layer gives it.
      selector: 'node.atlas-layer',
      style: {
        'underlay-color': ATLAS_LAYER_COLOUR,
        'underlay-opacity': 0.5,
        'underlay-padding': 7,
        'underlay-shape': 'round-rectangle',
      },
    },
    {
      selector: ['node.role-focus', 'node.atlas-layer', ...statusSelectors, ...riskSelectors].join(', '),
      style: { label: markedLabel },
    },
  ];
}
