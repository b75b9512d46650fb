import { sourceLines } from '../dataSources';
import { threatAnnotation } from '../layers/annotations';
import { RISK_COLOURS, RISK_LEVELS, type RiskLevel, riskLevel, riskScore } from '../layers/risk';
import type { Layer, ThreatAnnotation } from '../layers/schema';
import { isThreat } from '../nodeKinds';
import type { CoreDataset, DatasetNode } from '../schema';
import type { Language } from '../vocabulary';

import {
  ATLAS_DOMAIN,
  ATLAS_TECHNIQUE_ID,
  ATTACK_LAYER_VERSION,
  ATTACK_NAVIGATOR_VERSION,
  type AttackLayer,
  type AttackMetadata,
  type AttackTechnique,
} from './format';

type ExportNode = Pick<DatasetNode, 'id' | 'kind' | 'title' | 'permalink' | 'references' | 'order'>;

/** A rated threat that refers to an ATLAS technique. */
export interface RatedThreat {
  node: ExportNode;
  annotation: ThreatAnnotation;
  score: number;
}

const RISK_WORDS: Readonly<Record<Language, Readonly<Record<RiskLevel, string>>>> = {
  en: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  ja: { low: '低', medium: '中', high: '高', critical: '重大' },
};
const BANDS: Readonly<Record<RiskLevel, string>> = {
  low: '1–4',
  medium: '5–9',
  high: '10–16',
  critical: '17–25',
};

const TEXT = {
  risk: (r: RatedThreat, lang: Language) => {
    const level = RISK_WORDS[lang][riskLevel(r.score)];
    const { likelihood, impact } = r.annotation;
    return lang === 'ja'
      ? `リスク ${r.score}（${level}、発生可能性 ${likelihood} × 影響 ${impact}）`
      : `risk ${r.score} (${level}; likelihood ${likelihood} × impact ${impact})`;
  },
  legend: (level: RiskLevel, lang: Language) =>
    lang === 'ja'
      ? `リスク ${RISK_WORDS.ja[level]}（${BANDS[level]}）`
      : `Risk ${RISK_WORDS.en[level]} (${BANDS[level]})`,
  description: (name: string, lang: Language) =>
    lang === 'ja'
      ? `AI Security Navigator の注釈レイヤー「${name}」のリスク評価。OWASP AI Exchange の脅威が参照する ATLAS の手法ごとに、評価済みの脅威の最も高いリスク（発生可能性 × 影響、1〜25）をスコアとし、コメントに脅威を挙げています。`
      : `Risk ratings of the annotation layer "${name}" from AI Security Navigator. Each ATLAS technique that an OWASP AI Exchange threat refers to is scored with the highest risk (likelihood × impact, 1–25) of the rated threats referring to it; the comment lists them.`,
};

/** The ATLAS techniques the rated threats of a layer refer to, each with those threats, highest risk first. */
export function ratedTechniques(nodes: readonly ExportNode[], layer: Layer): Map<string, RatedThreat[]> {
  const techniques = new Map<string, RatedThreat[]>();
  for (const node of nodes) {
    if (!isThreat(node)) continue;
    const annotation = threatAnnotation(layer, node.id);
    const score = riskScore(annotation);
    if (!annotation || score === null) continue;
    const ids = new Set(
      node.references.flatMap((ref) =>
        ref.scheme === 'mitre-atlas' && ref.id && ATLAS_TECHNIQUE_ID.test(ref.id) ? [ref.id] : [],
      ),
    );
    for (const id of ids) {
      const list = techniques.get(id) ?? [];
      list.push({ node, annotation, score });
      techniques.set(id, list);
    }
  }
  for (const list of techniques.values())
    list.sort((a, b) => b.score - a.score || a.node.order - b.node.order);
  return new Map([...techniques].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface AttackExportInput {
  /** The data set's nodes with their references (the details part). */
  nodes: readonly ExportNode[];
  upstream: CoreDataset['upstream'];
  layer: Layer;
  lang: Language;
}

/**
 * The annotation layer as an ATT&CK Navigator layer (format 4.5, domain `atlas-atlas`) for ATLAS data: every ATLAS
 * technique a rated threat refers to gets the highest risk of those threats as score (1–25) and colour (the band's),
 * a comment naming each of them with its risk and note, and links to their pages; the metadata names the data the
 * layer was made with (AI Exchange commit, ATLAS version, every source).
 */
export function exportAttackLayer({ nodes, upstream, layer, lang }: AttackExportInput): AttackLayer {
  const techniques: AttackTechnique[] = [];
  for (const [techniqueID, threats] of ratedTechniques(nodes, layer)) {
    const score = Math.max(...threats.map((threat) => threat.score));
    techniques.push({
      techniqueID,
      score,
      color: RISK_COLOURS[riskLevel(score)],
      comment: threats.map((threat) => threatLine(threat, lang)).join('\n'),
      links: threats.map(({ node }) => ({ label: node.title[lang], url: node.permalink })),
    });
  }
  const atlas = upstream.find((source) => source.repository.includes('github.com/mitre-atlas/'));
  const metadata: AttackMetadata[] = [
    { name: 'generator', value: 'AI Security Navigator' },
    { name: 'annotation_layer', value: layer.name },
    { name: 'annotation_layer_modified', value: layer.modified },
    { name: 'ai_exchange_commit', value: upstream[0]?.commit ?? '' },
  ];
  if (atlas) {
    metadata.push({ name: 'atlas_data_version', value: atlas.editions?.[0] ?? '' });
    metadata.push({ name: 'atlas_data_commit', value: atlas.commit });
  }
  metadata.push({ divider: true });
  for (const line of sourceLines(upstream)) metadata.push({ name: 'data_source', value: line });

  return {
    name: layer.name,
    versions: { navigator: ATTACK_NAVIGATOR_VERSION, layer: ATTACK_LAYER_VERSION },
    domain: ATLAS_DOMAIN,
    description: TEXT.description(layer.name, lang),
    sorting: 3,
    layout: { layout: 'side', showID: true, showName: true, expandedSubtechniques: 'annotated' },
    hideDisabled: false,
    techniques,
    gradient: { colors: RISK_LEVELS.map((level) => RISK_COLOURS[level]), minValue: 1, maxValue: 25 },
    legendItems: RISK_LEVELS.map((level) => ({
      label: TEXT.legend(level, lang),
      color: RISK_COLOURS[level],
    })),
    metadata,
  };
}

/** The file text: two-space JSON. */
export function serializeAttackLayer(layer: AttackLayer): string {
  return `${JSON.stringify(layer, null, 2)}\n`;
}

function threatLine(threat: RatedThreat, lang: Language): string {
  const head = `${threat.node.title[lang]} (${threat.node.id}): ${TEXT.risk(threat, lang)}`;
  return threat.annotation.note ? `${head} — ${threat.annotation.note.replace(/\s+/g, ' ')}` : head;
}
