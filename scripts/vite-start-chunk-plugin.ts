import type { Plugin } from 'vite';

/**
 * Left to itself, the bundler splits the code every page needs at start-up into a dozen small chunks: each
 * module the entry shares with a lazily loaded view becomes a chunk of its own. Each is a request of its own
 * before the app can start; over a slow link, or from a host that speaks HTTP/1.1 (six requests at a time),
 * that costs round trips. `startChunk()` gives the build one chunk with everything the entry imports statically,
 * and lazily loaded views import from it what they share with it.
 *
 * `plugin` works out that set once the module graph is known; `test` is the code-splitting group's test,
 * which the bundler asks only after that, when it makes the chunks.
 */
export function startChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  /** What the entry's scripts import statically, directly or not. */
  let started = new Set<string>();
  const plugin: Plugin = {
    name: 'start-chunk',
    apply: 'build',
    buildStart() {
      started = new Set();
    },
    buildEnd(error) {
      if (error) return;
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      // index.html is the entry; the scripts it names (src/main.tsx) stay in the entry chunk.
      const scripts = entries.flatMap(imports);
      const pending = scripts.flatMap(imports);
      while (pending.length > 0) {
        const id = pending.pop()!;
        if (started.has(id)) continue;
        started.add(id);
        pending.push(...imports(id));
      }
      for (const id of [...entries, ...scripts]) started.delete(id);
    },
  };
  return { plugin, test: (id) => started.has(id) };
}
