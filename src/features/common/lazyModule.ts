import { useEffect, useState } from 'react';

/** A module loaded on first need, once; what it holds is kept for every later use. */
export interface LazyModule<T> {
  load(): Promise<T>;
  /** The module if it has loaded already, else null. */
  current(): T | null;
}

export function lazyModule<T>(loader: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () => (loading ??= loader().then((module) => (loaded = module))),
    current: () => loaded,
  };
}

/** The module once it is needed and loaded; null before. Loading starts the first time `needed` is true. */
export function useLazyModule<T>(module: LazyModule<T>, needed: boolean): T | null {
  const [value, setValue] = useState(module.current);
  useEffect(() => {
    if (needed && !value) void module.load().then(setValue);
  }, [module, needed, value]);
  return value ?? module.current();
}
