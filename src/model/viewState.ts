import { DEFAULT_FILTERS, type Filters } from './filters';
import type { TableLayout, Top10Sort } from './views';
import type { Language } from './vocabulary';

/** Everything a user sees besides the data: what the URL carries. */
export interface ViewState {
  filters: Filters;
  /** Search text; drives the results list, never hides nodes. */
  q: string;
  /** Selected node id. */
  node: string | null;
  /** Order of the Top 10 views. */
  sort: Top10Sort;
  /** Layout of the periodic table view. */
  layout: TableLayout;
  lang: Language;
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  q: '',
  node: null,
  sort: 'id',
  layout: 'table',
  lang: 'en',
};
