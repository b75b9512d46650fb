import { describe, expect, it } from 'vitest';

import { startChunk } from '../../scripts/vite-start-chunk-plugin';

type ModuleGraph = Record<string, [string[], string[]?]>;

/**
 * The plugin over a module graph given as `id → [static imports, dynamic imports]`, with `index.html` its entry:
 * `build` runs its hooks as a build does (`error`: the build failed), `test` is the code-splitting group's test.
 */
function pluginOver(graph: ModuleGraph) {
  const { plugin, test } = startChunk();
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) =>
      graph[id]
        ? {
            isEntry: id === 'index.html',
            importedIds: graph[id][0],
            dynamicallyImportedIds: graph[id][1] ?? [],
          }
        : null,
  };
  const call = (hook: unknown, ...args: unknown[]) =>
    (hook as (...a: unknown[]) => void).apply(context, args);
  const build = (error?: Error) => {
    call(plugin.buildStart, {});
    call(plugin.buildEnd, error);
  };
  return { build, test };
}

/** The modules the start-up chunk takes from `graph`. */
function startSet(graph: ModuleGraph) {
  const { build, test } = pluginOver(graph);
  build();
  return Object.keys(graph).filter(test);
}

describe('the start-up chunk', () => {
  it('holds what the entry script imports statically, at any depth', () => {
    const graph: ModuleGraph = {
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
    const graph: ModuleGraph = {
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
    const { build, test } = pluginOver({
      'index.html': [['main.tsx']],
      'main.tsx': [['a.ts']],
      'a.ts': [[]],
    });
    build();
    expect(test('a.ts')).toBe(true);
    build(new Error('syntax'));
    expect(test('a.ts')).toBe(false);
  });
});
