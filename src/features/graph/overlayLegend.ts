import { CONTROL_STATUSES } from '../../model/layers/layerVocabulary';
import { RISK_LEVELS } from '../../model/layers/risk';
import { RISK_COLOURS, RISK_SYMBOLS, STATUS_COLOURS, STATUS_SYMBOLS } from '../layers/overlay';

import { INK } from './palette';

export const ROLE_FOCUS_OUTLINE = '#7c3aed';
export const ROLE_FOCUS_SYMBOL = '★';
export const ATLAS_LAYER_COLOUR = '#0e7490';
export const ATLAS_LAYER_SYMBOL = '◆';

/** One line of the overlay legend: a mark (symbol in a coloured ring, dashed for a supplier) and its meaning. */
export interface OverlayLegendEntry {
  key: string;
  symbol: string;
  colour: string;
  dashed?: boolean;
  text: string;
}

export interface OverlayLegendText {
  /** "Your role (Data engineer) acts on this", or null without a role. */
  role: string | null;
  /** "Supplier’s responsibility", or null while no shown threat is a supplier's. */
  supplier: string | null;
  /** Status and risk texts while a layer is active, or null. */
  layer: {
    status(status: (typeof CONTROL_STATUSES)[number]): string;
    risk(level: (typeof RISK_LEVELS)[number]): string;
  } | null;
  /** "In the ATLAS layer" while an ATLAS Navigator layer is shown over the map; absent or null otherwise. */
  atlas?: string | null;
}

/** The legend of what the overlays add to the graph; the page and the exported picture both draw it. */
export function overlayLegend({ role, supplier, layer, atlas }: OverlayLegendText): OverlayLegendEntry[] {
  const entries: OverlayLegendEntry[] = [];
  if (role) entries.push({ key: 'role', symbol: ROLE_FOCUS_SYMBOL, colour: ROLE_FOCUS_OUTLINE, text: role });
  if (atlas)
    entries.push({ key: 'atlas', symbol: ATLAS_LAYER_SYMBOL, colour: ATLAS_LAYER_COLOUR, text: atlas });
  if (supplier) entries.push({ key: 'supplier', symbol: '', colour: INK, dashed: true, text: supplier });
  if (layer) {
    for (const status of CONTROL_STATUSES)
      entries.push({
        key: `status-${status}`,
        symbol: STATUS_SYMBOLS[status],
        colour: STATUS_COLOURS[status],
        text: layer.status(status),
      });
    for (const level of RISK_LEVELS)
      entries.push({
        key: `risk-${level}`,
        symbol: RISK_SYMBOLS[level],
        colour: RISK_COLOURS[level],
        text: layer.risk(level),
      });
  }
  return entries;
}
