import { useEffect, useState } from 'react';

type Scoping = typeof import('../../model/scope/evaluate');

let loaded: Scoping | null = null;
let loading: Promise<Scoping> | null = null;

/**
 * Loads the scope rules and their evaluation, once. Until a question is answered nothing is out of scope, so the
 * first view does without them; main.tsx starts loading them beside the data set when a link carries `scope=`.
 */
export function loadScoping(): Promise<Scoping> {
  loading ??= import('../../model/scope/evaluate').then((module) => (loaded = module));
  return loading;
}

/** The scope evaluation once it is needed and loaded; null before. */
export function useScoping(needed: boolean): Scoping | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (needed && !module) void loadScoping().then(setModule);
  }, [needed, module]);
  return module ?? loaded;
}
