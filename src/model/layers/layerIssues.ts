import type { z } from 'zod';

import { formatIssues } from '../zodIssues';

/**
 * `formatIssues` for the errors of the layer schemas (zod/mini). It reads only `issues`, which both APIs' errors
 * carry; the cast goes once `formatIssues` takes `z.core.$ZodError`.
 */
export function formatLayerIssues(
  error: z.core.$ZodError,
  options?: Parameters<typeof formatIssues>[1],
): string[] {
  return formatIssues(error as z.ZodError, options);
}
