import type { FrameworkItemHit } from './frameworks/identifiers';
import type { IdentifierHit, IdentifierMatches } from './identifiers';

/** What a search finds; apart from the search engine, which is loaded on first use. */

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchResults {
  /**
   * `exact`: the text is an identifier the data knows, and `identified` holds the nodes carrying it; `prefix`:
   * identifiers start with the text, and `identified` holds the nodes carrying them; `none`: plain text.
   */
  match: IdentifierMatches['match'];
  identified: IdentifierHit[];
  /**
   * Nodes matching every word of the text (typos forgiven in longer words), best first, the identified ones left
   * out: the results of plain text; beside an identifier, only similar text, no match of it.
   */
  text: SearchHit[];
  /** Framework items the text names, with their linked nodes (present once the framework data is searched). */
  items?: FrameworkItemHit[];
}

/** The nodes that match the search: those carrying the identifier, if the text is one, else the text matches. */
export function matchingIds(results: SearchResults): string[] {
  return (results.match === 'none' ? results.text : results.identified).map((hit) => hit.id);
}
