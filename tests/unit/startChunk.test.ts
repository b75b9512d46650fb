import { describe, expect, it } from 'vitest';

import { startChunk } from '../../scripts/vite-start-chunk-plugin';

/** Runs the plugin's graph walk over a module graph given as `id → [static imports, dynamic imports]`. */
function startSet(graph: Record<string, [string[], string[]?]>, entry = 'index.html') {
  const { plugin, test } = startChunk();
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) =>
      graph[id]
        ? { isEntry: id === entry, importedIds: graph[id][0], dynamicallyImportedIds: graph[id][1] ?? [] }
        : null,
  };
  const call = (hook: unknown, ...args: unknown[]) =>
    (hook as (...a: unknown[]) => void).apply(context, args);
  call(plugin.buildStart, {});
  call(plugin.buildEnd);
  return Object.keys(graph).filter(test);
}

describe('the start-up chunk', () => {
  it('holds what the entry script imports statically, at any depth', () => {
    const graph: Record<string, [string[], string[]?]> = {
      'index.html': [['main.tsx']],
      'main.tsx': [['App.tsx', 'store.ts']],
      'App.tsx': [['GraphView.tsx'], ['TableView.tsx']],
      'GraphView.tsx': [['store.ts']],
      'store.ts': [[]],
      'TableView.tsx': [['store.ts', 'table.ts']],
      'table.ts': [[]],
    };
    expect(startSet(graph).sort()).toEqual(['App.tsx', 'GraphView.tsx', 'store.ts']);
  });

  it('leaves the entry and its script in the entry chunk, and lazily loaded views out', () => {
    const graph: Record<string, [string[], string[]?]> = {
      'index.html': [['main.tsx']],
      'main.tsx': [['shell.ts'], ['view.ts']],
      'shell.ts': [[]],
      'view.ts': [['viewOnly.ts']],
      'viewOnly.ts': [[]],
    };
    const set = startSet(graph);
    expect(set).toEqual(['shell.ts']);
  });

  it('starts empty on every build, and takes nothing from a build that failed', () => {
    const { plugin, test } = startChunk();
    const context = {
      getModuleIds: () => ['index.html', 'main.tsx', 'a.ts'][Symbol.iterator](),
      getModuleInfo: (id: string) => ({
        isEntry: id === 'index.html',
        importedIds: { 'index.html': ['main.tsx'], 'main.tsx': ['a.ts'], 'a.ts': [] }[id] ?? [],
      }),
    };
    (plugin.buildEnd as (this: unknown, error?: Error) => void).call(context);
    expect(test('a.ts')).toBe(true);
    (plugin.buildStart as (this: unknown) => void).call(context);
    (plugin.buildEnd as (this: unknown, error?: Error) => void).call(context, new Error('syntax'));
    expect(test('a.ts')).toBe(false);
  });
});
