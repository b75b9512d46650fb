import { describe, expect, it } from 'vitest';

import { LLM_EDITIONS, llmEditionOf } from '../../src/model/editions';
import type { FrameworkLens } from '../../src/model/frameworks/lensParam';
import { GENERAL_FOLDS } from '../../src/model/graphPicture';
import {
  parseLanguage,
  parseViewState,
  sameView,
  serializeViewState,
  withSecidFragment,
} from '../../src/model/url';
import { TABLE_LAYOUTS, TOP10_SORTS } from '../../src/model/views';
import { DEFAULT_VIEW, GRAPH_RELATIONS, type ViewState } from '../../src/model/viewState';
import { CONTROL_TYPES, IMPACTS, LIFECYCLES } from '../../src/model/vocabulary';

const known = new Set([
  'evasion',
  'datapoison',
  'ML01',
  'LLM10:2026',
  'LLM10:2025',
  'LLM08:2026',
  'LLM08:2025',
]);
const parse = (search: string) => parseViewState(search, { isKnownNode: (id) => known.has(id) });
const view = (
  patch: Omit<Partial<ViewState>, 'filters'> & { filters?: Partial<ViewState['filters']> } = {},
): ViewState => ({
  ...DEFAULT_VIEW,
  ...patch,
  filters: { ...DEFAULT_VIEW.filters, ...patch.filters },
});

const FRAMEWORK_LENSES: (FrameworkLens | null)[] = [
  null,
  { framework: 'eu-ai-act', item: null },
  { framework: 'iso42001', item: 'B.6.2.6' },
  { framework: 'atlas', item: 'AML.T0051' },
  { framework: 'nist-ai-100-2', item: null },
];

/** A small deterministic generator, so the round trip covers many combinations without randomness. */
function* states(): Generator<ViewState> {
  const subsets = <T>(items: readonly T[]) =>
    items.map((_, i) => items.filter((__, j) => (i + 1) & (1 << j)));
  const lifecycles = [[], ...subsets(LIFECYCLES)];
  const impacts = [[], ...subsets(IMPACTS)];
  const types = [[], ...subsets(CONTROL_TYPES)];
  const queries = ['', 'poison', 'AML.T0015', '回避 攻撃', 'a&b=c,d?#%', '  spaced  ', '😀 emoji'];
  const nodes = [null, 'evasion', 'ML01', 'LLM10:2025'];
  let n = 0;
  for (const lifecycle of lifecycles)
    for (const impact of impacts)
      for (const type of types) {
        n++;
        const node = nodes[n % nodes.length]!;
        // A selected LLM item is shown in its own edition, so a state with another edition is not a view.
        const edition = (node && llmEditionOf(node)) || LLM_EDITIONS[n % LLM_EDITIONS.length]!;
        yield {
          filters: { lifecycle, impact, type, general: n % 2 === 0, edition },
          fold: n % 2 === 0 ? GENERAL_FOLDS[n % GENERAL_FOLDS.length]! : 'auto',
          relations: GRAPH_RELATIONS[n % GRAPH_RELATIONS.length]!,
          q: queries[n % queries.length]!,
          node,
          sort: TOP10_SORTS[n % TOP10_SORTS.length]!,
          layout: TABLE_LAYOUTS[n % TABLE_LAYOUTS.length]!,
          scope: n % 4 === 0 ? { train: 'n', genai: 'y' } : {},
          role: n % 5 === 0 ? 'data-engineer' : null,
          framework: FRAMEWORK_LENSES[n % FRAMEWORK_LENSES.length]!,
          layer: n % 6 === 0 ? '/layers/team a.json?x=1&y=2' : null,
          lang: n % 3 === 0 ? 'ja' : 'en',
        };
      }
}

describe('URL: serialize', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('writes the documented example', () => {
    const state = view({
      filters: { lifecycle: ['use'], impact: ['model-behaviour-integrity'] },
      node: 'evasion',
    });
    expect(serializeViewState(state)).toBe('?lifecycle=use&impact=model-behaviour-integrity&node=evasion');
  });

  it('writes lists in vocabulary order with plain commas', () => {
    const state = view({
      filters: { lifecycle: ['runtime', 'development-time'], type: ['other', 'standard-infosec'] },
    });
    expect(serializeViewState(state)).toBe('?lifecycle=development-time,runtime&type=standard-infosec,other');
  });

  it('writes general=0, the search text and the language only when not default', () => {
    expect(serializeViewState(view({ filters: { general: false }, q: 'data poison', lang: 'ja' }))).toBe(
      '?general=0&q=data%20poison&lang=ja',
    );
  });

  it('gives equal states equal URLs', () => {
    const a = view({ filters: { impact: ['model-availability', 'any-asset-cia'] } });
    const b = view({ filters: { impact: ['any-asset-cia', 'model-availability'] } });
    expect(serializeViewState(a)).toBe(serializeViewState(b));
    expect(sameView(a, b)).toBe(true);
  });

  it('does not throw on a lone surrogate in the search text', () => {
    expect(() => serializeViewState(view({ q: 'a\uD800b' }))).not.toThrow();
  });
});

describe('URL: parse', () => {
  it('reads the documented example', () => {
    expect(parse('?lifecycle=use&impact=model-behaviour-integrity&node=evasion')).toEqual({
      state: view({
        filters: { lifecycle: ['use'], impact: ['model-behaviour-integrity'] },
        node: 'evasion',
      }),
      notices: [],
    });
  });

  it('reads the default view from an empty query, with or without "?"', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW, notices: [] });
    expect(parse('?')).toEqual({ state: DEFAULT_VIEW, notices: [] });
    expect(parseViewState('lang=ja').state.lang).toBe('ja');
  });

  it('drops unknown values with a notice and keeps the good ones', () => {
    const { state, notices } = parse('?impact=foo,model-availability&lifecycle=later');
    expect(state.filters.impact).toEqual(['model-availability']);
    expect(state.filters.lifecycle).toEqual([]);
    expect(notices).toEqual([
      { kind: 'unknown-value', param: 'lifecycle', value: 'later' },
      { kind: 'unknown-value', param: 'impact', value: 'foo' },
    ]);
  });

  it('drops an unknown node with a notice', () => {
    expect(parse('?node=nosuchnode')).toEqual({
      state: DEFAULT_VIEW,
      notices: [{ kind: 'unknown-node', param: 'node', value: 'nosuchnode' }],
    });
    expect(parse('?node=Evasion').state.node).toBeNull();
  });

  it('opens the current node for an earlier slug of it, and writes the current id', () => {
    const renamedNode = (id: string) => (id === 'closedboxevasion' ? 'evasion' : undefined);
    const { state, notices } = parseViewState('?node=closedboxevasion', {
      isKnownNode: (id) => known.has(id),
      renamedNode,
    });
    expect(state.node).toBe('evasion');
    expect(notices).toEqual([]);
    expect(serializeViewState(state)).toBe('?node=evasion');
  });

  it('reads the LLM Top 10 edition, and leaves the newest out of the address', () => {
    expect(parse('?edition=2025').state.filters.edition).toBe('2025');
    expect(serializeViewState(parse('?edition=2025').state)).toBe('?edition=2025');
    expect(parse('?edition=2026').state.filters.edition).toBe('2026');
    expect(serializeViewState(parse('?edition=2026').state)).toBe('');
    expect(parse('?edition=2024')).toEqual({
      state: DEFAULT_VIEW,
      notices: [{ kind: 'unknown-value', param: 'edition', value: '2024' }],
    });
  });

  it('opens an LLM item in its own edition, and writes its id with the colon plain', () => {
    const { state, notices } = parse('?node=LLM08:2025');
    expect(state.node).toBe('LLM08:2025');
    expect(state.filters.edition).toBe('2025');
    expect(notices).toEqual([]);
    expect(serializeViewState(state)).toBe('?edition=2025&node=LLM08:2025');
    // The node's edition wins over another one in the address.
    expect(parse('?edition=2026&node=LLM08%3A2025').state.filters.edition).toBe('2025');
  });

  it('opens an LLM number without edition in the edition shown, naming the same number in the others', () => {
    expect(parse('?node=LLM08')).toEqual({
      state: { ...DEFAULT_VIEW, node: 'LLM08:2026' },
      notices: [
        { kind: 'llm-edition', param: 'node', value: 'LLM08', node: 'LLM08:2026', others: ['LLM08:2025'] },
      ],
    });
    expect(parse('?edition=2025&node=llm08').state).toEqual({
      ...DEFAULT_VIEW,
      node: 'LLM08:2025',
      filters: { ...DEFAULT_VIEW.filters, edition: '2025' },
    });
    expect(parse('?node=LLM03').notices).toEqual([{ kind: 'unknown-node', param: 'node', value: 'LLM03' }]);
  });

  it('accepts any well-formed node id when it cannot check', () => {
    expect(parseViewState('?node=somethingnew').state.node).toBe('somethingnew');
    expect(parseViewState('?node=../etc').state.node).toBeNull();
  });

  it('reads general, and rejects values other than 0 and 1', () => {
    expect(parse('?general=0').state.filters.general).toBe(false);
    expect(parse('?general=1')).toEqual({ state: DEFAULT_VIEW, notices: [] });
    expect(parse('?general=no').notices).toEqual([
      { kind: 'invalid-general', param: 'general', value: 'no' },
    ]);
    expect(parse('?general=no').state.filters.general).toBe(true);
  });

  it('rejects unsupported languages', () => {
    expect(parse('?lang=fr')).toEqual({
      state: DEFAULT_VIEW,
      notices: [{ kind: 'unknown-language', param: 'lang', value: 'fr' }],
    });
    expect(parse('?lang=JA').state.lang).toBe('ja');
    expect(parseLanguage('?lang=ja')).toBe('ja');
    expect(parseLanguage('?lang=<x>')).toBe('en');
  });

  it('tolerates case, spaces, empty items and duplicates in lists', () => {
    expect(parse('?lifecycle=%20Use%20,,runtime,use,').state.filters.lifecycle).toEqual(['use', 'runtime']);
  });

  it('merges repeated list parameters and takes the first of other repeated parameters', () => {
    const { state } = parse('?lifecycle=use&lifecycle=runtime&q=first&q=second&node=evasion&node=ML01');
    expect(state.filters.lifecycle).toEqual(['use', 'runtime']);
    expect(state.q).toBe('first');
    expect(state.node).toBe('evasion');
  });

  it('ignores parameters far from its own without a word, as tracking parameters are', () => {
    expect(parse('?utm_source=x&foo=bar&fbclid=1&ref=mail&x=1')).toEqual({
      state: DEFAULT_VIEW,
      notices: [],
    });
  });

  it('names the parameter a misspelt one was meant to be, and applies neither', () => {
    const { state, notices } = parse('?life=runtime&Impact=model-availability&types=other&language=ja&Q=x');
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([
      { kind: 'misspelt-param', param: 'lifecycle', value: 'life' },
      { kind: 'misspelt-param', param: 'impact', value: 'Impact' },
      { kind: 'misspelt-param', param: 'type', value: 'types' },
      { kind: 'misspelt-param', param: 'lang', value: 'language' },
      { kind: 'misspelt-param', param: 'q', value: 'Q' },
    ]);
  });

  it('says nothing of a name that could be meant for two parameters', () => {
    expect(parse('?lay=x').notices).toEqual([]);
  });
});

describe('URL: hostile input', () => {
  it('keeps script tags as plain search text and rejects them elsewhere', () => {
    const script = '<script>alert(1)</script>';
    const { state, notices } = parse(
      `?q=${encodeURIComponent(script)}&node=${encodeURIComponent(script)}&impact=${encodeURIComponent(script)}`,
    );
    expect(state.q).toBe(script);
    expect(state.node).toBeNull();
    expect(state.filters.impact).toEqual([]);
    expect(notices.map((n) => n.kind)).toEqual(['unknown-value', 'unknown-node']);
  });

  it('survives broken percent-encoding', () => {
    for (const search of ['?q=%E0%A4%A', '?q=%', '?node=%ZZ', '?lifecycle=%C0%AF', '?%=%', '?q=%ED%A0%80']) {
      expect(() => parse(search)).not.toThrow();
      const { state } = parse(search);
      expect(() => serializeViewState(state)).not.toThrow();
    }
  });

  it('caps huge values', () => {
    const huge = 'x'.repeat(100_000);
    const { state, notices } = parse(`?q=${huge}&node=${huge}&impact=${huge}`);
    expect(state.q).toHaveLength(200);
    expect(state.node).toBeNull();
    expect(notices).toContainEqual({ kind: 'too-long', param: 'q', limit: 200 });
    expect(notices).toContainEqual({ kind: 'too-long', param: 'node', limit: 100, dropped: true });
    for (const notice of notices) if ('value' in notice) expect(notice.value.length).toBeLessThanOrEqual(41);
  });

  it('limits the number of notices a URL can raise', () => {
    const junk = Array.from({ length: 100 }, (_, i) => `bad${i}`).join(',');
    expect(parse(`?impact=${junk}`).notices.length).toBeLessThanOrEqual(3);
  });

  it('cuts search text between characters, not inside one', () => {
    const { state } = parse(`?q=${encodeURIComponent('😀'.repeat(300))}`);
    expect(Array.from(state.q)).toHaveLength(200);
    expect(state.q).toBe('😀'.repeat(200));
  });

  it('keeps unicode search text exactly', () => {
    const q = 'データ ポイズニング ü 回避';
    const url = serializeViewState(view({ q }));
    expect(parse(url).state.q).toBe(q);
  });

  it('reads "+" as a space, as forms write it', () => {
    expect(parse('?q=data+poison').state.q).toBe('data poison');
  });
});

describe('URL: round trip', () => {
  it('parse(serialize(state)) gives the state back, for many states', () => {
    let count = 0;
    for (const state of states()) {
      const url = serializeViewState(state);
      const parsed = parse(url);
      expect(parsed.notices).toEqual([]);
      expect(parsed.state).toEqual(state);
      count++;
    }
    expect(count).toBeGreaterThan(100);
  });

  it('serialize(parse(url)) is canonical: parsing it again changes nothing', () => {
    for (const search of [
      '?impact=any-asset-cia,model-availability&lifecycle=use',
      '?lang=JA&general=0&q=x',
    ]) {
      const canonical = serializeViewState(parse(search).state);
      expect(serializeViewState(parse(canonical).state)).toBe(canonical);
    }
  });
});

describe('URL: view parameters', () => {
  it('reads and writes the Top 10 order and the table layout, leaving the defaults out', () => {
    const state = view({ node: 'ML01', sort: 'exploitability', layout: 'matrix', lang: 'ja' });
    expect(serializeViewState(state)).toBe('?node=ML01&sort=exploitability&layout=matrix&lang=ja');
    expect(parse('?sort=Coverage&layout=table').state).toEqual(view({ sort: 'coverage' }));
    expect(serializeViewState(view({ sort: 'id', layout: 'table' }))).toBe('');
  });

  it('falls back to the defaults with a notice for unknown values', () => {
    expect(parse('?sort=risk&layout=grid')).toEqual({
      state: DEFAULT_VIEW,
      notices: [
        { kind: 'unknown-value', param: 'sort', value: 'risk' },
        { kind: 'unknown-value', param: 'layout', value: 'grid' },
      ],
    });
  });
});

describe('URL: scope, role and shared layer', () => {
  it('reads and writes them after the layout, leaving the defaults out', () => {
    const state = view({ scope: { genai: 'y', train: 'n' }, role: 'ciso', layer: '/shared/a b.json' });
    const url = serializeViewState(state);
    expect(url).toBe('?scope=train:n,genai:y&role=ciso&layer=%2Fshared%2Fa%20b.json');
    expect(parse(url)).toEqual({ state, notices: [] });
    expect(serializeViewState(view({ scope: {}, role: null, layer: null }))).toBe('');
  });

  it('drops unknown questions, answers and roles with a notice', () => {
    const { state, notices } = parse('?scope=train:n,nosuch:y,genai:maybe&role=wizard');
    expect(state.scope).toEqual({ train: 'n' });
    expect(state.role).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['unknown-question', 'invalid-answer', 'unknown-role']);
  });

  it('drops an overlong layer address with a notice, and ignores an empty one', () => {
    const long = parse(`?layer=${'a'.repeat(2001)}`);
    expect(long.state.layer).toBeNull();
    expect(long.notices).toEqual([{ kind: 'too-long', param: 'layer', limit: 2000, dropped: true }]);
    expect(parse('?layer=%20').state.layer).toBeNull();
  });
});

describe('URL: a SecID in node', () => {
  const secidParam = (secid: string) => `?node=${encodeURIComponent(secid)}`;

  it('selects the node a versioned or unversioned SecID names, and writes the node id', () => {
    for (const secid of ['secid:weakness/owasp/ml-top10@2023#ML01', 'secid:weakness/owasp/ml-top10#ML01']) {
      const { state, notices } = parse(secidParam(secid));
      expect(notices).toEqual([]);
      expect(state.node).toBe('ML01');
      expect(serializeViewState(state)).toBe('?node=ML01');
    }
  });

  it('names the known versions when the version is unknown', () => {
    const { state, notices } = parse(secidParam('secid:weakness/owasp/ml-top10@2025#ML01'));
    expect(state.node).toBeNull();
    expect(notices).toEqual([
      {
        kind: 'unknown-node',
        param: 'node',
        value: 'secid:weakness/owasp/ml-top10@2025#ML01',
        context: 'secidVersion',
        part: '2025',
        source: 'weakness/owasp/ml-top10',
        known: '2023',
      },
    ]);
  });

  it('names the items the data holds when the item is unknown', () => {
    const [notice] = parse(secidParam('secid:weakness/owasp/ml-top10@2023#ML11')).notices;
    expect(notice).toMatchObject({
      context: 'secidItem',
      part: 'ML11',
      source: 'weakness/owasp/ml-top10@2023',
    });
    // The test's data set holds ML01 only.
    expect(notice).toMatchObject({ known: 'ML01' });
    expect(parseViewState(secidParam('secid:weakness/owasp/ml-top10#ML11')).notices[0]).toMatchObject({
      known: 'ML01–ML10',
    });
  });

  it('names the known lists when the list is unknown, and rejects malformed SecIDs', () => {
    expect(parse(secidParam('secid:weakness/owasp/api-top10#API1')).notices[0]).toMatchObject({
      context: 'secidNamespace',
      part: 'weakness/owasp/api-top10',
      known: 'weakness/owasp/ml-top10, weakness/owasp/llm-top10',
    });
    expect(parse('?node=secid:garbage').notices[0]).toMatchObject({
      context: 'secidSyntax',
      value: 'secid:garbage',
    });
  });

  it('gives an unencoded SecID back its item from the fragment', () => {
    expect(withSecidFragment('?node=secid:weakness/owasp/ml-top10', '#ML01')).toBe(
      '?node=secid:weakness/owasp/ml-top10#ML01',
    );
    // The browser ends the query at "#": what followed the item is in the fragment too.
    expect(parse(withSecidFragment('?node=secid:weakness/owasp/ml-top10', '#ML01&lang=ja')).state).toEqual(
      view({ node: 'ML01', lang: 'ja' }),
    );
    expect(withSecidFragment('?node=evasion', '#ML01')).toBe('?node=evasion');
    expect(withSecidFragment('?node=secid:weakness/owasp/ml-top10%23ML01', '#x')).toBe(
      '?node=secid:weakness/owasp/ml-top10%23ML01',
    );
    expect(withSecidFragment('?lifecycle=use', '')).toBe('?lifecycle=use');
  });
});

describe('URL: framework lens', () => {
  it('writes a framework, or one of its items with a plain colon, after the role', () => {
    expect(serializeViewState(view({ framework: { framework: 'eu-ai-act', item: null } }))).toBe(
      '?framework=eu-ai-act',
    );
    expect(
      serializeViewState(
        view({ role: 'ciso', framework: { framework: 'eu-ai-act', item: 'art14' }, lang: 'ja' }),
      ),
    ).toBe('?role=ciso&framework=eu-ai-act:art14&lang=ja');
    expect(serializeViewState(view({ framework: { framework: 'iso42001', item: 'B.6.2.6' } }))).toBe(
      '?framework=iso42001:B.6.2.6',
    );
  });

  it('reads every framework id in any case, and an item as written', () => {
    expect(parse('?framework=EU-AI-Act').state.framework).toEqual({ framework: 'eu-ai-act', item: null });
    expect(parse('?framework=atlas:AML.T0051').state.framework).toEqual({
      framework: 'atlas',
      item: 'AML.T0051',
    });
    expect(parse('?framework=eu-ai-act%3Aart14').state.framework).toEqual({
      framework: 'eu-ai-act',
      item: 'art14',
    });
    expect(parse('?framework=eu-ai-act:').state.framework).toEqual({ framework: 'eu-ai-act', item: null });
  });

  it('drops an unknown framework or a malformed item with a notice', () => {
    for (const value of ['gdpr', 'eu-ai-act:<b>', 'eu-ai-act:a b']) {
      const { state, notices } = parse(`?framework=${encodeURIComponent(value)}`);
      expect(state.framework).toBeNull();
      expect(notices).toEqual([{ kind: 'unknown-value', param: 'framework', value }]);
    }
    const long = parse(`?framework=eu-ai-act:${'a'.repeat(120)}`);
    expect(long.state.framework).toBeNull();
    expect(long.notices[0]).toMatchObject({ kind: 'too-long', param: 'framework', dropped: true });
  });

  it('round-trips', () => {
    for (const framework of FRAMEWORK_LENSES) {
      const state = view({ framework });
      expect(parse(serializeViewState(state)).state).toEqual(state);
    }
  });

  it('names a misspelt framework parameter', () => {
    expect(parse('?frameworks=eu-ai-act').notices).toEqual([
      { kind: 'misspelt-param', param: 'framework', value: 'frameworks' },
    ]);
  });
});
