import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

import { riskFactorsSchema } from '../../src/model/schema';
import { CONTROL_TYPES, IMPACTS, SECTIONS } from '../../src/model/vocabulary';
import { formatIssues } from '../../src/model/zodIssues';

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+$/);

const textEntry = z.strictObject({ title_ja: text, summary_en: text, summary_ja: text });

const mapping = z.strictObject({
  id: slug,
  basis: z.enum(['opencre', 'overview-genai-table', 'curated']),
  reason_en: text.optional(),
  reason_ja: text.optional(),
});

const top10Entry = z.strictObject({
  title_en: text,
  aliases_en: z.array(text),
  title_ja: text,
  permalink: z.url(),
  edition: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  risk: z.optional(riskFactorsSchema),
  maps_to: z.array(mapping),
  summary_en: text,
  summary_ja: text,
});

const diagramBox = z.strictObject({
  section: z.enum(SECTIONS),
  box: slug,
  impact: text.optional(),
  always: z.boolean().optional(),
  see_always: z.boolean().optional(),
  members: z.array(slug).optional(),
  controls: z.array(slug).optional(),
});

export const curatedSchema = z.strictObject({
  upstream: z.array(
    z.strictObject({ name: text, repository: z.url(), commit: z.string(), date: z.string(), licence: text }),
  ),
  text: z.record(slug, textEntry),
  /** File each text entry came from, for messages. */
  textFiles: z.record(slug, text),
  mlTop10: z.record(z.string().regex(/^ML\d{2}$/), top10Entry),
  llmTop10: z.record(z.string().regex(/^LLM\d{2}$/), top10Entry),
  controlTypes: z.record(slug, z.enum(CONTROL_TYPES)),
  impacts: z.record(slug, z.strictObject({ impacts: z.array(z.enum(IMPACTS)).min(1), reason: text })),
  diagram: z.array(diagramBox),
  /** Misspelt `/go/` links upstream that no redirect covers, and the slug they mean. */
  linkTypos: z.record(z.string(), slug),
  referenceNames: z.record(z.string(), text),
  /** Japanese for each upstream Category line. */
  categories: z.record(text, text),
});

export type Curated = z.infer<typeof curatedSchema>;
export type Top10Entry = z.infer<typeof top10Entry>;

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** Reads and validates every curated file under data/curated; errors name the file and the field. */
export function loadCurated(dir: string): Curated {
  const textDir = join(dir, 'text');
  const text: Record<string, unknown> = {};
  const textFiles: Record<string, string> = {};
  for (const file of readdirSync(textDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const entries = readYaml(join(textDir, file)) as Record<string, unknown>;
    for (const [id, entry] of Object.entries(entries ?? {})) {
      if (id in text) throw new Error(`data/curated/text/${file}: "${id}" is also in ${textFiles[id]}`);
      text[id] = entry;
      textFiles[id] = `data/curated/text/${file}`;
    }
  }
  const raw = {
    upstream: readYaml(join(dir, 'upstream.yaml')),
    text,
    textFiles,
    mlTop10: readYaml(join(dir, 'ml-top10.yaml')),
    llmTop10: readYaml(join(dir, 'llm-top10.yaml')),
    controlTypes: readYaml(join(dir, 'control-types.yaml')),
    impacts: readYaml(join(dir, 'impacts.yaml')),
    diagram: readYaml(join(dir, 'navigator-diagram.yaml')),
    linkTypos: readYaml(join(dir, 'link-typos.yaml')) ?? {},
    referenceNames: readYaml(join(dir, 'reference-names.yaml')) ?? {},
    categories: readYaml(join(dir, 'categories.yaml')),
  };
  const result = curatedSchema.safeParse(raw);
  if (!result.success) {
    const lines = formatIssues(result.error).map((line) => `  ${line}`);
    throw new Error(`data/curated is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}
