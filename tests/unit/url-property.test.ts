import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { NODE_ID } from '../../src/model/schema';
import {
  MAX_LIST_LENGTH,
  MAX_NODE_ID_LENGTH,
  MAX_QUERY_LENGTH,
  type ParsedView,
  parseViewState,
  serializeViewState,
  withSecidFragment,
} from '../../src/model/url';
import { TABLE_LAYOUTS, TOP10_SORTS } from '../../src/model/views';
import { CONTROL_TYPES, IMPACTS, LANGUAGES, LIFECYCLES } from '../../src/model/vocabulary';

/**
 * Hostile addresses: whatever a link from a stranger holds, parsing never throws and always yields a valid view
 * state, which writes back to a canonical address that reads as the same state.
 */

const RUNS = 12_000;
const KNOWN = new Set(['evasion', 'datapoison', 'promptinjection', 'ML01', 'ML05', 'LLM01', 'LLM10']);
const isKnownNode = (id: string) => KNOWN.has(id);

const PARAMS = ['lifecycle', 'impact', 'type', 'general', 'q', 'node', 'sort', 'layout', 'framework', 'lang'];
const VOCABULARY_WORDS = [
  ...LIFECYCLES,
  ...IMPACTS,
  ...CONTROL_TYPES,
  ...TOP10_SORTS,
  ...TABLE_LAYOUTS,
  ...LANGUAGES,
  ...KNOWN,
  'eu-ai-act',
  'iso42001:B.6.2.6',
  '0',
  '1',
];
const SCRIPT_LIKE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  "';alert(1)//",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '__proto__',
  'constructor',
  'prototype',
  '../../../etc/passwd',
  'secid:weakness/owasp/ml-top10@2023#ML01',
  'secid:weakness/owasp/ml-top10@9999#<svg/onload=1>',
  'secid:',
];
const BROKEN_ENCODING = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%FF%FE',
  '%00',
  '%u0041',
  '%2',
  '%0A%0D',
];

/** Any single value: vocabulary words (also in other case and with spaces), text of every kind, and the above. */
const value: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...VOCABULARY_WORDS),
  fc.constantFrom(...VOCABULARY_WORDS).map((word) => ` ${word.toUpperCase()} `),
  fc.array(fc.constantFrom(...VOCABULARY_WORDS), { maxLength: 6 }).map((words) => words.join(',')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.constantFrom(...SCRIPT_LIKE),
  fc.constantFrom(...BROKEN_ENCODING),
  fc
    .array(fc.constantFrom(...BROKEN_ENCODING, ...SCRIPT_LIKE, 'a', ',', '&', '=', '+', '#'), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
  // Oversized: beyond every limit of the URL module.
  fc
    .tuple(
      fc.constantFrom('a', 'é', '😀', 'use,', '%F0%9F%98%80', 'x'.repeat(97)),
      fc.integer({ min: 1, max: 1200 }),
    )
    .map(([unit, count]) => unit.repeat(count)),
);

const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAMS) },
  { weight: 1, arbitrary: fc.constantFrom(...PARAMS).map((param) => param.toUpperCase()) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'utm_source', '', '%6Eode') },
);

/** A query string as a link could carry it: pairs joined by `&`, raw (unencoded) or encoded, with stray marks. */
const search: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(key, value, fc.boolean(), fc.boolean()), { maxLength: 8 }),
    fc.constantFrom('?', '', '??', '?&'),
  )
  .map(
    ([pairs, start]) =>
      start +
      pairs
        .map(([name, text, encode, withEquals]) =>
          withEquals ? `${name}=${encode ? safeEncode(text) : text}` : name,
        )
        .join('&'),
  );

function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

function codePoints(text: string): number {
  return Array.from(text).length;
}

/** Cheaper than `expect` for thousands of runs; fast-check reports the failing address with the message. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The invariants of a parsed view: every field within its vocabulary or limits, every notice short. */
function checkValid({ state, notices }: ParsedView) {
  const inOrder = (vocabulary: readonly string[], values: readonly string[], what: string) =>
    check(
      values.join() === vocabulary.filter((item) => values.includes(item)).join(),
      `${what}: ${JSON.stringify(values)} is not a list of known values in vocabulary order`,
    );
  inOrder(LIFECYCLES, state.filters.lifecycle, 'lifecycle');
  inOrder(IMPACTS, state.filters.impact, 'impact');
  inOrder(CONTROL_TYPES, state.filters.type, 'type');
  check(typeof state.filters.general === 'boolean', 'general is not a boolean');
  check(typeof state.q === 'string' && codePoints(state.q) <= MAX_QUERY_LENGTH, 'q is too long');
  check(state.q.isWellFormed(), 'q holds a lone surrogate');
  if (state.node !== null) {
    check(state.node.length <= MAX_NODE_ID_LENGTH, 'node is too long');
    check(
      NODE_ID.test(state.node) && KNOWN.has(state.node),
      `node ${JSON.stringify(state.node)} is not known`,
    );
  }
  check((TOP10_SORTS as readonly string[]).includes(state.sort), `sort ${state.sort}`);
  check((TABLE_LAYOUTS as readonly string[]).includes(state.layout), `layout ${state.layout}`);
  check((LANGUAGES as readonly string[]).includes(state.lang), `lang ${state.lang}`);
  const perParam = new Map<string, number>();
  for (const notice of notices) {
    perParam.set(notice.param, (perParam.get(notice.param) ?? 0) + 1);
    if ('value' in notice)
      check(codePoints(notice.value) <= 41, `a notice quotes ${notice.value.length} characters`);
  }
  for (const [param, count] of perParam) check(count <= 3, `${count} notices for ${param}`);
}

describe('parseViewState on hostile addresses (property-based)', () => {
  it(`never throws and always yields a valid state (${RUNS} generated addresses)`, () => {
    fc.assert(
      fc.property(search, (text) => {
        checkValid(parseViewState(text, { isKnownNode }));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('writes every parsed state back to a canonical address that reads as the same state, silently', () => {
    fc.assert(
      fc.property(search, (text) => {
        const { state } = parseViewState(text, { isKnownNode });
        const canonical = serializeViewState(state);
        const again = parseViewState(canonical, { isKnownNode });
        check(JSON.stringify(again.state) === JSON.stringify(state), `${canonical} reads as another state`);
        check(again.notices.length === 0, `${canonical} gives notices`);
        check(serializeViewState(again.state) === canonical, `${canonical} is not canonical`);
        // Whatever the input, the address written has no markup and no stray characters (`:` joins a framework
        // and its item).
        check(/^(\?[A-Za-z0-9=&,%._~!*'():-]*)?$/.test(canonical), `${canonical} holds other characters`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('reads the same from a string and from URLSearchParams, also with a fragment', () => {
    fc.assert(
      fc.property(search, value, (text, hash) => {
        const fromText = parseViewState(text, { isKnownNode });
        const fromParams = parseViewState(new URLSearchParams(text), { isKnownNode });
        check(
          JSON.stringify(fromParams.state) === JSON.stringify(fromText.state),
          'string and params differ',
        );
        checkValid(parseViewState(withSecidFragment(text, `#${hash}`), { isKnownNode }));
      }),
      { numRuns: RUNS / 4 },
    );
  }, 60_000);

  it('cuts oversized lists, search text and node ids to their limits', () => {
    const long = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
    const { state, notices } = parseViewState(
      `?lifecycle=${long('use,', MAX_LIST_LENGTH * 4)}&q=${long('😀', MAX_QUERY_LENGTH * 50)}&node=${long('a', 10_000)}`,
      { isKnownNode },
    );
    expect(state.filters.lifecycle).toEqual(['use']);
    expect(codePoints(state.q)).toBe(MAX_QUERY_LENGTH);
    expect(state.node).toBeNull();
    expect(notices.map((notice) => notice.kind)).toEqual(['too-long', 'too-long', 'too-long']);
  });
});
