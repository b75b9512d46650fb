import { DEFAULT_FILTERS, type Filters } from './filters';
import type { Language } from './vocabulary';

/** Everything a user sees besides the data: what the URL carries. */
export interface ViewState {
  filters: Filters;
  /** Search text; drives the results list, never hides nodes. */
  q: string;
  /** Selected node id. */
  node: string | null;
  lang: Language;
}

export const DEFAULT_VIEW: ViewState = { filters: DEFAULT_FILTERS, q: '', node: null, lang: 'en' };
