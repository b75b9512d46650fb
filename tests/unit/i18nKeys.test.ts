import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';
import {
  CONTROL_TYPES,
  IMPACTS,
  LIFECYCLES,
  NODE_KINDS,
  REFERENCE_SCHEMES,
  SECTIONS,
} from '../../src/model/vocabulary';

/** Dotted paths of every string in a nested object. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('Japanese has every English key, and no other', () => {
    const missing = keys(en).filter((key) => !keys(ja).includes(key));
    const extra = keys(ja).filter((key) => !keys(en).includes(key));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('no string is empty', () => {
    for (const [name, resource] of Object.entries({ en, ja })) {
      for (const key of keys(resource)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
        expect(typeof value === 'string' && value.trim() !== '', `${name}: ${key}`).toBe(true);
      }
    }
  });

  it('labels every vocabulary id', () => {
    const vocabularies = {
      kind: NODE_KINDS,
      kindPlural: NODE_KINDS,
      lifecycle: LIFECYCLES,
      impact: IMPACTS,
      controlType: CONTROL_TYPES,
      section: SECTIONS,
      scheme: REFERENCE_SCHEMES,
    };
    for (const [group, ids] of Object.entries(vocabularies)) {
      expect(Object.keys(en[group as keyof typeof vocabularies]).sort()).toEqual([...ids].sort());
    }
  });
});
