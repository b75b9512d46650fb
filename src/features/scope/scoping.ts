import { lazyModule, useLazyModule } from '../common/lazyModule';

/**
 * The scope rules and their evaluation. Until a question is answered nothing is out of scope, so the first view
 * does without them; main.tsx starts loading them beside the data set when a link carries `scope=`.
 */
const scoping = lazyModule(() => import('../../model/scope/evaluate'));

export const loadScoping = scoping.load;

/** The scope evaluation once it is needed and loaded; null before. */
export function useScoping(needed: boolean) {
  return useLazyModule(scoping, needed);
}
