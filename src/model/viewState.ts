import { llmEditionOf } from './editions';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { FrameworkLens } from './frameworks/lensParam';
import type { GeneralFold } from './graphPicture';
import type { RoleId } from './roles/roleTypes';
import type { ScopeAnswers } from './scope/questions';
import type { TableLayout, Top10Sort } from './views';
import type { Language } from './vocabulary';

/** Everything a user sees besides the data: what the URL carries. */
export interface ViewState {
  filters: Filters;
  /** Whether the graph lists the general controls or folds them into their boxes (`auto`: folded while filtering). */
  fold: GeneralFold;
  /** Which relations the graph draws: those of the hovered, focused or selected node, or all of them. */
  relations: GraphRelations;
  /** Search text; drives the results list, never hides nodes. */
  q: string;
  /** Selected node id. */
  node: string | null;
  /** Order of the Top 10 views. */
  sort: Top10Sort;
  /** Layout of the periodic table view. */
  layout: TableLayout;
  /** Answers of the scoping questionnaire; threats out of scope are hidden. */
  scope: ScopeAnswers;
  /** Role lens: marks what the role acts on. */
  role: RoleId | null;
  /** Framework lens: the views show what a framework, or one of its items, touches. */
  framework: FrameworkLens | null;
  /** Address of a shared annotation layer, offered for import and then removed. */
  layer: string | null;
  lang: Language;
}

export const GRAPH_RELATIONS = ['focus', 'all'] as const;
export type GraphRelations = (typeof GRAPH_RELATIONS)[number];
/**
 * The view with `id` selected. An LLM item is shown in its own edition: selecting one of another edition (from a
 * link between editions, say) switches the edition shown, so the selection is never hidden by it.
 */
export function withSelection(view: ViewState, id: string | null): ViewState {
  const edition = id ? llmEditionOf(id) : undefined;
  const filters = edition && edition !== view.filters.edition ? { ...view.filters, edition } : view.filters;
  return { ...view, node: id, filters };
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  fold: 'auto',
  relations: 'focus',
  q: '',
  node: null,
  sort: 'id',
  layout: 'table',
  scope: {},
  role: null,
  framework: null,
  layer: null,
  lang: 'en',
};
