import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

import { FRAMEWORK_IDS, ITEM_ID } from '../../../src/model/frameworks/schema';
import { formatIssues } from '../../../src/model/zodIssues';

/** data/curated/frameworks.yaml: names, `about` texts and our titles of the frameworks (see its header). */

const text = z.string().trim().min(1);
/** Japanese runs on without spaces: a text written over several lines (`|-`) is joined without them. */
const japanese = text.transform((value) => value.replace(/\s*\n\s*/g, ''));
const bilingual = z.strictObject({ en: text, ja: japanese });

const frameworkEntry = z.strictObject({
  name: bilingual,
  about: bilingual,
  source: z.strictObject({ title: text, url: z.url({ protocol: /^https$/ }), version: text.optional() }),
  /** Our titles: both languages where the framework's titles are ours, else our Japanese for the source's. */
  titles: z.record(z.string().regex(ITEM_ID), z.strictObject({ en: text.optional(), ja: text })).default({}),
  added: z
    .array(z.strictObject({ id: z.string().regex(ITEM_ID), label: text, title: bilingual, reason: text }))
    .default([]),
  /** NCSC: the page of the DSIT Code of Practice, which the DSIT principles link to. */
  dsitUrl: z.url({ protocol: /^https$/ }).optional(),
});

export const curatedFrameworksSchema = z.strictObject(
  Object.fromEntries(FRAMEWORK_IDS.map((id) => [id, frameworkEntry])) as Record<
    (typeof FRAMEWORK_IDS)[number],
    typeof frameworkEntry
  >,
);

export type CuratedFrameworks = z.infer<typeof curatedFrameworksSchema>;
export type CuratedFramework = z.infer<typeof frameworkEntry>;

export const CURATED_FRAMEWORKS_FILE = 'data/curated/frameworks.yaml';

export function parseCuratedFrameworks(yamlText: string, file = CURATED_FRAMEWORKS_FILE): CuratedFrameworks {
  const result = curatedFrameworksSchema.safeParse(parse(yamlText));
  if (!result.success) throw new Error(`${file}: ${formatIssues(result.error).join('; ')}`);
  return result.data;
}

export function loadCuratedFrameworks(file = CURATED_FRAMEWORKS_FILE): CuratedFrameworks {
  if (!existsSync(file)) throw new Error(`${file}: missing`);
  return parseCuratedFrameworks(readFileSync(file, 'utf8'), file);
}
