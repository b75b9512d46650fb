import {
  DEFAULT_LLM_EDITION,
  isBareLlmNumber,
  LLM_EDITIONS,
  type LlmEdition,
  llmEditionOf,
  llmItemId,
} from './editions';
import {
  type FrameworkLens,
  MAX_FRAMEWORK_PARAM_LENGTH,
  parseFrameworkParam,
  serializeFrameworkParam,
} from './frameworks/lensParam';
import type { GeneralFold } from './graphPicture';
import { parseRoleParam, type RoleNotice, serializeRoleParam } from './roles/roleParam';
import { NODE_ID } from './schema';
import { parseScopeParam, type ScopeNotice, serializeScopeParam } from './scope/scopeParam';
import { looksLikeSecid, resolveSecid, type Secid, type SecidResolution, sourceName } from './secid';
import { TABLE_LAYOUTS, type TableLayout, TOP10_SORTS, type Top10Sort } from './views';
import { DEFAULT_VIEW, GRAPH_RELATIONS, type GraphRelations, type ViewState } from './viewState';
import { CONTROL_TYPES, IMPACTS, type Language, LANGUAGES, LIFECYCLES } from './vocabulary';

/**
 * The URL contract (docs/url-scheme.md): `lifecycle`, `impact`, `type` (comma-separated vocabulary ids),
 * `general` (`0` hides the general controls, `open` lists them, `folded` folds them), `relations=all`, `edition` (of
 * the LLM Top 10), `q`, `node` (a node id, a SecID, or an LLM number without edition), `sort`, `layout`, `scope`,
 * `role`, `framework` (a framework lens), `layer`, `lang`. Parsing never throws; serializing leaves defaults out and writes values in vocabulary
 * order, so equal states give equal URLs.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_NODE_ID_LENGTH = 100;
/** Longer list values are cut before splitting: a list names each vocabulary id at most once. */
export const MAX_LIST_LENGTH = 500;
/** A longer shared-layer address is dropped (the address itself is checked when it is loaded). */
export const MAX_LAYER_URL_LENGTH = 2000;
/** Notices quote at most this much of a rejected value. */
const MAX_QUOTED_LENGTH = 40;
/** At most this many notices per parameter, so a hostile URL cannot flood the notice area. */
const MAX_NOTICES_PER_PARAM = 3;

export type ListParam = 'lifecycle' | 'impact' | 'type';
/** Parameters that take one value of a closed list. */
export type ChoiceParam = 'edition' | 'sort' | 'layout' | 'relations' | 'framework';
/** Every parameter of the URL, in the order the address writes them. */
const PARAMS = [
  'lifecycle',
  'impact',
  'type',
  'general',
  'relations',
  'edition',
  'q',
  'node',
  'sort',
  'layout',
  'scope',
  'role',
  'framework',
  'layer',
  'lang',
] as const;
export type Param = (typeof PARAMS)[number];

/** Why a SecID in `node` names nothing; the notice's wording variant (an i18next context). */
export type SecidNoticeContext = 'secidSyntax' | 'secidNamespace' | 'secidVersion' | 'secidItem';

/** Why part of a URL was ignored; the UI words it. */
export type UrlNotice =
  | { kind: 'unknown-value'; param: ListParam | ChoiceParam; value: string }
  | {
      kind: 'unknown-node';
      param: 'node';
      value: string;
      /** Set for a SecID: which part is unknown (`part`, in the list `source`) and what exists (`known`). */
      context?: SecidNoticeContext;
      part?: string;
      source?: string;
      known?: string;
    }
  /**
   * An LLM Top 10 number without edition (`value`, `LLM08`) opened the item of that number in the edition shown
   * (`node`); `others` are the items of the same number in the other editions, which name other risks.
   */
  | { kind: 'llm-edition'; param: 'node'; value: string; node: string; others: string[] }
  | { kind: 'invalid-general'; param: 'general'; value: string }
  | { kind: 'unknown-language'; param: 'lang'; value: string }
  /** `dropped`: the whole value was ignored (`node`, `layer`); otherwise it was cut to `limit`. */
  | { kind: 'too-long'; param: Param; limit: number; dropped?: true }
  /** A parameter name close to one of ours (`life`, `impacts`, `Lang`): `value` is the name, `param` ours. */
  | { kind: 'misspelt-param'; param: Param; value: string }
  | ScopeNotice
  | RoleNotice;

export interface ParsedView {
  state: ViewState;
  notices: UrlNotice[];
}

export interface ParseOptions {
  /** Node ids the data set holds; without it, any well-formed id is accepted. */
  isKnownNode?: (id: string) => boolean;
  /** The current id of a node an earlier slug names (see `GraphIndex.renamedTo`): such a link still works. */
  renamedNode?: (id: string) => string | undefined;
}

const VOCABULARIES = { lifecycle: LIFECYCLES, impact: IMPACTS, type: CONTROL_TYPES } as const;

/**
 * The parameter an unknown name was meant to be: ours but for its case, or the one parameter of three letters or
 * more that it starts, or that starts it (`life`, `impacts`, `language`). Names far from ours, as tracking
 * parameters are, get no notice: a link may carry them.
 */
function meantParam(name: string): Param | undefined {
  const lower = name.toLowerCase();
  const exact = PARAMS.find((param) => param === lower);
  if (exact) return exact;
  if (lower.length < 3) return undefined;
  const near = PARAMS.filter(
    (param) => param.length >= 3 && (lower.startsWith(param) || param.startsWith(lower)),
  );
  return near.length === 1 ? near[0] : undefined;
}

/** Parses `location.search` (with or without the leading `?`). Never throws. */
export function parseViewState(search: string | URLSearchParams, options: ParseOptions = {}): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: UrlNotice[] = [];
  const notice = (item: UrlNotice) => {
    if (notices.filter((n) => n.param === item.param).length < MAX_NOTICES_PER_PARAM) notices.push(item);
  };

  const list = <P extends ListParam>(param: P): (typeof VOCABULARIES)[P][number][] => {
    const vocabulary: readonly string[] = VOCABULARIES[param];
    let raw = params.getAll(param).join(',');
    if (raw.length > MAX_LIST_LENGTH) {
      raw = raw.slice(0, MAX_LIST_LENGTH);
      notice({ kind: 'too-long', param, limit: MAX_LIST_LENGTH });
    }
    const picked = new Set<string>();
    for (const piece of raw.split(',')) {
      const value = piece.trim().toLowerCase();
      if (value === '') continue;
      if (vocabulary.includes(value)) picked.add(value);
      else notice({ kind: 'unknown-value', param, value: quote(value) });
    }
    return VOCABULARIES[param].filter((value) => picked.has(value));
  };

  const lifecycle = list('lifecycle');
  const impact = list('impact');
  const type = list('type');

  let general = DEFAULT_VIEW.filters.general;
  let fold: GeneralFold = DEFAULT_VIEW.fold;
  const generalRaw = params.get('general');
  if (generalRaw !== null) {
    const value = generalRaw.trim().toLowerCase();
    if (value === '0') general = false;
    else if (value === 'open' || value === 'folded') fold = value;
    else if (value !== '1' && value !== '')
      notice({ kind: 'invalid-general', param: 'general', value: quote(value) });
  }

  let q = params.get('q') ?? '';
  if (codePointLength(q) > MAX_QUERY_LENGTH) {
    q = Array.from(q).slice(0, MAX_QUERY_LENGTH).join('');
    notice({ kind: 'too-long', param: 'q', limit: MAX_QUERY_LENGTH });
  }

  const choice = <T extends string>(param: ChoiceParam, values: readonly T[], fallback: T): T => {
    const raw = params.get(param)?.trim().toLowerCase() ?? '';
    if ((values as readonly string[]).includes(raw)) return raw as T;
    if (raw !== '') notice({ kind: 'unknown-value', param, value: quote(raw) });
    return fallback;
  };
  let edition: LlmEdition = choice('edition', LLM_EDITIONS, DEFAULT_LLM_EDITION);

  let node: string | null = null;
  const nodeRaw = params.get('node')?.trim() ?? '';
  if (nodeRaw.length > MAX_NODE_ID_LENGTH) {
    notice({ kind: 'too-long', param: 'node', limit: MAX_NODE_ID_LENGTH, dropped: true });
  } else if (looksLikeSecid(nodeRaw)) {
    // A SecID selects the node it names; the URL is then written with the node id.
    const resolution = resolveSecid(nodeRaw, options.isKnownNode);
    if (resolution.ok) node = resolution.id;
    else notice(secidNotice(nodeRaw, resolution));
  } else if (isBareLlmNumber(nodeRaw.toUpperCase())) {
    // LLM08 names a different risk in each edition: the one of the edition shown, with the others offered.
    const number = nodeRaw.toUpperCase();
    const isKnown = (id: string) => options.isKnownNode?.(id) ?? true;
    const id = llmItemId(number, edition);
    if (isKnown(id)) {
      node = id;
      const others = LLM_EDITIONS.filter((other) => other !== edition)
        .map((other) => llmItemId(number, other))
        .filter(isKnown);
      notice({ kind: 'llm-edition', param: 'node', value: quote(nodeRaw), node: id, others });
    } else {
      notice({ kind: 'unknown-node', param: 'node', value: quote(nodeRaw) });
    }
  } else if (nodeRaw !== '') {
    const known = NODE_ID.test(nodeRaw) && (options.isKnownNode?.(nodeRaw) ?? true);
    const renamed = known ? undefined : options.renamedNode?.(nodeRaw);
    if (known) node = nodeRaw;
    else if (renamed) node = renamed;
    else notice({ kind: 'unknown-node', param: 'node', value: quote(nodeRaw) });
  }

  // A selected LLM item is shown in its own edition.
  edition = (node ? llmEditionOf(node) : undefined) ?? edition;
  const sort: Top10Sort = choice('sort', TOP10_SORTS, DEFAULT_VIEW.sort);
  const layout: TableLayout = choice('layout', TABLE_LAYOUTS, DEFAULT_VIEW.layout);
  const relations: GraphRelations = choice('relations', GRAPH_RELATIONS, DEFAULT_VIEW.relations);

  const parsedScope = parseScopeParam(params.get('scope'));
  parsedScope.notices.forEach(notice);
  const parsedRole = parseRoleParam(params.get('role'));
  parsedRole.notices.forEach(notice);

  let framework: FrameworkLens | null = null;
  const frameworkRaw = params.get('framework') ?? '';
  if (frameworkRaw.length > MAX_FRAMEWORK_PARAM_LENGTH) {
    notice({ kind: 'too-long', param: 'framework', limit: MAX_FRAMEWORK_PARAM_LENGTH, dropped: true });
  } else {
    const parsedFramework = parseFrameworkParam(frameworkRaw);
    if (parsedFramework.ok) framework = parsedFramework.lens;
    else notice({ kind: 'unknown-value', param: 'framework', value: quote(parsedFramework.value) });
  }

  let layer: string | null = null;
  const layerRaw = params.get('layer')?.trim() ?? '';
  if (layerRaw.length > MAX_LAYER_URL_LENGTH) {
    notice({ kind: 'too-long', param: 'layer', limit: MAX_LAYER_URL_LENGTH, dropped: true });
  } else if (layerRaw !== '') {
    layer = layerRaw;
  }

  for (const name of new Set(params.keys())) {
    if ((PARAMS as readonly string[]).includes(name)) continue;
    const meant = meantParam(name);
    if (meant) notice({ kind: 'misspelt-param', param: meant, value: quote(name) });
  }

  let lang: Language = DEFAULT_VIEW.lang;
  const langRaw = params.get('lang')?.trim().toLowerCase() ?? '';
  if (isLanguage(langRaw)) lang = langRaw;
  else if (langRaw !== '') notice({ kind: 'unknown-language', param: 'lang', value: quote(langRaw) });

  return {
    state: {
      filters: { lifecycle, impact, type, general, edition },
      fold,
      relations,
      q,
      node,
      sort,
      layout,
      scope: parsedScope.answers,
      role: parsedRole.role,
      framework,
      layer,
      lang,
    },
    notices,
  };
}

/**
 * A SecID pasted into a link without percent-encoding puts its `#ITEM` into the fragment
 * (`?node=secid:weakness/owasp/ml-top10#ML05`); this gives the query back its item. Other fragments are ignored.
 */
export function withSecidFragment(search: string, hash: string): string {
  if (hash.length < 2) return search;
  const node = new URLSearchParams(search).get('node') ?? '';
  return looksLikeSecid(node) && !node.includes('#') ? `${search}${hash}` : search;
}

/** Only the language, for screens shown before the data set is loaded. */
export function parseLanguage(search: string): Language {
  const value = new URLSearchParams(search).get('lang')?.trim().toLowerCase() ?? '';
  return isLanguage(value) ? value : DEFAULT_VIEW.lang;
}

/** `?…` for a view state, or `''` for the default view. Defaults are left out; lists in vocabulary order. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (key: Param, value: string) => parts.push(`${key}=${value}`);
  const list = <P extends ListParam>(param: P, values: readonly string[]) => {
    const ordered = VOCABULARIES[param].filter((value: string) => values.includes(value));
    if (ordered.length > 0) add(param, ordered.join(','));
  };
  list('lifecycle', state.filters.lifecycle);
  list('impact', state.filters.impact);
  list('type', state.filters.type);
  if (!state.filters.general) add('general', '0');
  else if (state.fold !== DEFAULT_VIEW.fold) add('general', state.fold);
  if (state.relations !== DEFAULT_VIEW.relations) add('relations', state.relations);
  if (state.filters.edition !== DEFAULT_VIEW.filters.edition) add('edition', state.filters.edition);
  if (state.q !== '') add('q', encodeURIComponent(wellFormed(state.q)));
  // `:` stays plain (`LLM08:2026`), as in the scope parameter.
  if (state.node) add('node', encodeURIComponent(state.node).replace(/%3A/g, ':'));
  if (state.sort !== DEFAULT_VIEW.sort) add('sort', state.sort);
  if (state.layout !== DEFAULT_VIEW.layout) add('layout', state.layout);
  // `:` and `,` stay plain, like the list parameters.
  const scope = serializeScopeParam(state.scope);
  if (scope !== null) add('scope', scope);
  const role = serializeRoleParam(state.role);
  if (role !== null) add('role', role);
  // `:` stays plain (`eu-ai-act:art14`), as in `node`.
  const lens = serializeFrameworkParam(state.framework);
  if (lens !== null) add('framework', encodeURIComponent(lens).replace(/%3A/g, ':'));
  if (state.layer) add('layer', encodeURIComponent(wellFormed(state.layer)));
  if (state.lang !== DEFAULT_VIEW.lang) add('lang', state.lang);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Two states are the same view when they serialize to the same URL. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return serializeViewState(a) === serializeViewState(b);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

function secidNotice(value: string, resolution: Exclude<SecidResolution, { ok: true }>): UrlNotice {
  const base = { kind: 'unknown-node', param: 'node', value: quote(value) } as const;
  switch (resolution.problem) {
    case 'syntax':
      return { ...base, context: 'secidSyntax' };
    case 'namespace':
      return {
        ...base,
        context: 'secidNamespace',
        part: quote(sourceName(resolution.secid)),
        known: resolution.known.join(', '),
      };
    case 'version':
      return {
        ...base,
        context: 'secidVersion',
        part: quote(resolution.secid.version ?? ''),
        source: sourceName(resolution.secid),
        known: resolution.known.join(', '),
      };
    case 'item':
      return {
        ...base,
        context: 'secidItem',
        part: quote(resolution.secid.item),
        source: formatSource(resolution.secid),
        known: resolution.known.join(', '),
      };
  }
}

/** `weakness/owasp/ml-top10@2023`, or without `@…` for an unversioned SecID. */
function formatSource(secid: Secid): string {
  return secid.version === null ? sourceName(secid) : `${sourceName(secid)}@${quote(secid.version)}`;
}

function codePointLength(text: string): number {
  return text.length <= MAX_QUERY_LENGTH ? text.length : Array.from(text).length;
}

function quote(value: string): string {
  const points = Array.from(value);
  return points.length > MAX_QUOTED_LENGTH ? `${points.slice(0, MAX_QUOTED_LENGTH).join('')}…` : value;
}

/** encodeURIComponent throws on lone surrogates; replace them with U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
