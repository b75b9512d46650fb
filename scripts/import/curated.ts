import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

import { CONTROL_TYPES, IMPACTS, SECTIONS } from '../../src/model/vocabulary';
import { formatIssues } from '../../src/model/zodIssues';

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+$/);

const textEntry = z.strictObject({ title_ja: text, summary_en: text, summary_ja: text });

/** A line of an upstream file kept in data/upstream/, and words found on it: what a curated relation points to. */
const sourceLine = z.strictObject({
  /** Below data/upstream/. */
  file: text,
  line: z.number().int().positive(),
  /** Words of that line (a check that the line still says what the reason relies on). */
  quote: text,
});

/** A relation the upstream text does not state as such: why it holds, and the line it rests on. */
const curatedRelation = z.strictObject({
  id: text,
  reason_en: text,
  reason_ja: text,
  source: sourceLine,
});

const mlEntry = z.strictObject({
  /** English names in use besides the page's title. */
  aliases_en: z.array(text),
  /** Names of the list's Japanese edition, where our title (which translates the English one) differs. */
  aliases_ja: z.array(text),
  title_ja: text,
  /** Mappings beyond those the OpenCRE blocks give. */
  maps_to: z.array(curatedRelation),
  summary_en: text,
  summary_ja: text,
});

const llmEntry = z.strictObject({
  /** Our Japanese name, for an edition without an official Japanese translation. */
  title_ja: text.optional(),
  /** Mappings beyond those the AI Exchange gives. */
  maps_to: z.array(curatedRelation).default([]),
  /** Items of the edition before that this item carries over, where the list's own notes do not say. */
  succeeds: z.array(curatedRelation).default([]),
  summary_en: text,
  summary_ja: text,
});
const llmNumber = z.string().regex(/^LLM(0[1-9]|10)$/);

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
  text: z.record(slug, textEntry),
  /** File each text entry came from, for messages. */
  textFiles: z.record(slug, text),
  mlTop10: z.record(z.string().regex(/^ML(0[1-9]|10)$/), mlEntry),
  /** By edition, then number. */
  llmTop10: z.record(z.string().regex(/^\d{4}$/), z.record(llmNumber, llmEntry)),
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
export type MlEntry = z.infer<typeof mlEntry>;
export type LlmEntry = z.infer<typeof llmEntry>;
export type CuratedRelation = z.infer<typeof curatedRelation>;

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
    text,
    textFiles,
    mlTop10: readYaml(join(dir, 'ml-top10.yaml')),
    llmTop10: Object.fromEntries(
      readdirSync(join(dir, 'llm-top10'))
        .filter((name) => /^\d{4}\.yaml$/.test(name))
        .map((name) => [name.slice(0, 4), readYaml(join(dir, 'llm-top10', name))]),
    ),
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
