import { useCallback, useEffect } from 'react';
import { frameworksDigest, frameworksUrl } from 'virtual:frameworks-url';

import type { GraphIndex } from '../../model/graphIndex';
import { type FrameworksStatus, useFrameworksStore } from '../../state/frameworksStore';

/** The file's digest as the build gave it (none in development). */
const digest = frameworksDigest ?? undefined;

/**
 * The framework data, fetched the first time a part of the page that shows it needs it (`needed`); later calls
 * share the one request. Returns the status, and a retry for a failed load.
 */
export function useFrameworkData(index: GraphIndex, needed = true): [FrameworksStatus, () => void] {
  const status = useFrameworksStore((state) => state.frameworks);
  const load = useFrameworksStore((state) => state.load);
  useEffect(() => {
    if (needed && status.status === 'idle') void load(frameworksUrl, index, digest);
  }, [needed, status.status, load, index]);
  const retry = useCallback(() => void load(frameworksUrl, index, digest), [load, index]);
  return [status, retry];
}
