import type { Dataset, DatasetNode, NavEdge } from '../../src/model/schema';
import {
  CONTROL_TYPES,
  type ControlType,
  type Impact,
  IMPACTS,
  type NodeKind,
  type Section,
  SECTIONS,
} from '../../src/model/vocabulary';

/**
 * Test data sets for the graph: one shaped like the navigator diagram (sections, umbrella groups,
 * nested groups, controls next to threats, Top 10 items), and a generator for large ones.
 */

type Row = [
  id: string,
  kind: NodeKind,
  section: Section,
  en: string,
  ja: string,
  extra?: Partial<DatasetNode>,
];

const upstream = [
  {
    name: 'OWASP AI Exchange',
    repository: 'https://github.com/OWASP/www-project-ai-security-and-privacy-guide',
    commit: '5413fde06349cf25d0414a182f86181bc3941929',
    date: '2026-08-22',
    licence: 'CC0-1.0',
  },
];

function node([id, kind, section, en, ja, extra]: Row, order: number): DatasetNode {
  return {
    id,
    kind,
    section,
    title: { en, ja },
    summary: { en: `About ${en}.`, ja: `${ja}について。` },
    permalink: `https://owaspai.org/go/${id.toLowerCase()}/`,
    references: [],
    aliases: [],
    order,
    ...extra,
  };
}

const c = (controlType: ControlType, governance = false): Partial<DatasetNode> => ({
  controlType,
  ...(governance ? { governance } : {}),
});
const t = (...impacts: Impact[]): Partial<DatasetNode> => ({ impacts, lifecycle: ['use'] });

const rows: Row[] = [
  ['generalcontrols', 'control-group', 'general-controls', 'General controls', '一般的な管理策'],
  ['governancecontrols', 'control-group', 'general-controls', 'Governance', 'ガバナンス'],
  ['aiprogram', 'control', 'general-controls', 'AI PROGRAM', 'AIプログラム', c('other', true)],
  [
    'secprogram',
    'control',
    'general-controls',
    'SEC PROGRAM',
    'セキュリティプログラム',
    c('standard-infosec', true),
  ],
  [
    'secdevprogram',
    'control',
    'general-controls',
    'SEC DEV PROGRAM',
    'セキュア開発プログラム',
    c('standard-infosec', true),
  ],
  ['devprogram', 'control', 'general-controls', 'DEV PROGRAM', '開発プログラム', c('other', true)],
  [
    'checkcompliance',
    'control',
    'general-controls',
    'CHECK COMPLIANCE',
    'コンプライアンス確認',
    c('standard-infosec', true),
  ],
  [
    'seceducate',
    'control',
    'general-controls',
    'SEC EDUCATE',
    'セキュリティ教育',
    c('standard-infosec', true),
  ],
  ['datalimit', 'control-group', 'general-controls', 'Sensitive data limitation', '機密データの制限'],
  ['dataminimize', 'control', 'general-controls', 'DATA MINIMIZE', 'データ最小化', c('other')],
  ['alloweddata', 'control', 'general-controls', 'ALLOWED DATA', '許可されたデータ', c('other')],
  ['shortretain', 'control', 'general-controls', 'SHORT RETAIN', '短期保持', c('other')],
  [
    'obfuscatetrainingdata',
    'control',
    'general-controls',
    'OBFUSCATE TRAINING DATA',
    '学習データの難読化',
    c('development-time-ai-engineer'),
  ],
  ['discrete', 'control', 'general-controls', 'DISCRETE', '秘匿', c('standard-infosec')],
  [
    'limitunwanted',
    'control-group',
    'general-controls',
    'Limit effect of unwanted behaviour',
    '望ましくない振る舞いの影響の制限',
  ],
  ['oversight', 'control', 'general-controls', 'OVERSIGHT', '監督', c('other')],
  [
    'leastmodelprivilege',
    'control',
    'general-controls',
    'LEAST MODEL PRIVILEGE',
    'モデル最小権限',
    c('standard-infosec'),
  ],
  [
    'modelalignment',
    'control',
    'general-controls',
    'MODEL ALIGNMENT',
    'モデルアラインメント',
    c('development-time-ai-engineer'),
  ],
  ['aitransparency', 'control', 'general-controls', 'AI TRANSPARENCY', 'AIの透明性', c('other', true)],
  [
    'continuousvalidation',
    'control',
    'general-controls',
    'CONTINUOUS VALIDATION',
    '継続的検証',
    c('runtime-ai-engineer'),
  ],
  ['explainability', 'control', 'general-controls', 'EXPLAINABILITY', '説明可能性', c('runtime-ai-engineer')],
  [
    'unwantedbiastesting',
    'control',
    'general-controls',
    'UNWANTED BIAS TESTING',
    '望ましくないバイアスの試験',
    c('runtime-ai-engineer'),
  ],

  ['inputthreats', 'threat-group', 'input-threats', 'Input threats', '入力による脅威', t('any-asset-cia')],
  ['monitoruse', 'control', 'input-threats', 'MONITOR USE', '利用の監視', c('standard-infosec')],
  ['ratelimit', 'control', 'input-threats', 'RATE LIMIT', 'レート制限', c('standard-infosec')],
  [
    'modelaccesscontrol',
    'control',
    'input-threats',
    'MODEL ACCESS CONTROL',
    'モデルアクセス制御',
    c('standard-infosec'),
  ],
  [
    'anomalousinputhandling',
    'control',
    'input-threats',
    'ANOMALOUS INPUT HANDLING',
    '異常入力の処理',
    c('runtime-ai-engineer'),
  ],
  [
    'unwantedinputserieshandling',
    'control',
    'input-threats',
    'UNWANTED INPUT SERIES HANDLING',
    '望ましくない入力系列の処理',
    c('runtime-ai-engineer'),
  ],
  ['obscureconfidence', 'control', 'input-threats', 'OBSCURE CONFIDENCE', '確信度の秘匿', c('other')],
  ['evasion', 'threat-group', 'input-threats', 'Evasion', '回避', t('model-behaviour-integrity')],
  [
    'evasioninputhandling',
    'control',
    'input-threats',
    'EVASION INPUT HANDLING',
    '回避入力の処理',
    c('runtime-ai-engineer'),
  ],
  [
    'evasionrobustmodel',
    'control',
    'input-threats',
    'EVASION ROBUST MODEL',
    '回避に頑健なモデル',
    c('development-time-ai-engineer'),
  ],
  [
    'trainadversarial',
    'control',
    'input-threats',
    'TRAIN ADVERSARIAL',
    '敵対的学習',
    c('development-time-ai-engineer'),
  ],
  ['inputdistortion', 'control', 'input-threats', 'INPUT DISTORTION', '入力の歪曲', c('runtime-ai-engineer')],
  [
    'adversarialrobustdistillation',
    'control',
    'input-threats',
    'ADVERSARIAL ROBUST DISTILLATION',
    '敵対的に頑健な蒸留',
    c('development-time-ai-engineer'),
  ],
  [
    'zeroknowledgeevasion',
    'threat',
    'input-threats',
    'Zero-knowledge evasion',
    'ゼロ知識回避',
    t('model-behaviour-integrity'),
  ],
  [
    'perfectknowledgeevasion',
    'threat',
    'input-threats',
    'Perfect-knowledge evasion',
    '完全知識回避',
    t('model-behaviour-integrity'),
  ],
  [
    'transferattack',
    'threat',
    'input-threats',
    'Transferability-based evasion',
    '転移性に基づく回避',
    t('model-behaviour-integrity'),
  ],
  [
    'evasionafterpoison',
    'threat',
    'input-threats',
    'Evasion after data poisoning',
    'データ汚染後の回避',
    t('model-behaviour-integrity'),
  ],
  [
    'promptinjection',
    'threat-group',
    'input-threats',
    'Prompt injection',
    'プロンプトインジェクション',
    t('model-behaviour-integrity'),
  ],
  [
    'directpromptinjection',
    'threat',
    'input-threats',
    'Direct prompt injection',
    '直接プロンプトインジェクション',
    t('model-behaviour-integrity'),
  ],
  [
    'promptinjectioniohandling',
    'control',
    'input-threats',
    'PROMPT INJECTION I/O HANDLING',
    'プロンプトインジェクションの入出力処理',
    c('runtime-ai-engineer'),
  ],
  [
    'indirectpromptinjection',
    'threat',
    'input-threats',
    'Indirect prompt injection',
    '間接プロンプトインジェクション',
    t('model-behaviour-integrity'),
  ],
  [
    'inputsegregation',
    'control',
    'input-threats',
    'INPUT SEGREGATION',
    '入力の分離',
    c('runtime-ai-engineer'),
  ],
  [
    'disclosureuse',
    'threat-group',
    'input-threats',
    'Sensitive data disclosure through use',
    '利用による機密データの開示',
    t('training-data-confidentiality'),
  ],
  [
    'disclosureinoutput',
    'threat',
    'input-threats',
    'Disclosure of sensitive data in model output',
    'モデル出力での機密データ開示',
    t('training-data-confidentiality', 'input-data-confidentiality'),
  ],
  [
    'sensitiveoutputhandling',
    'control',
    'input-threats',
    'SENSITIVE OUTPUT HANDLING',
    '機密出力の処理',
    c('standard-infosec'),
  ],
  [
    'modelinversionandmembership',
    'threat',
    'input-threats',
    'Model inversion and membership inference',
    'モデル反転とメンバーシップ推論',
    t('training-data-confidentiality'),
  ],
  [
    'smallmodel',
    'control',
    'input-threats',
    'SMALL MODEL',
    '小さなモデル',
    c('development-time-ai-engineer'),
  ],
  [
    'modelexfiltration',
    'threat',
    'input-threats',
    'Model exfiltration',
    'モデルの持ち出し',
    t('model-confidentiality'),
  ],
  [
    'modelwatermarking',
    'control',
    'input-threats',
    'MODEL WATERMARKING',
    'モデルの電子透かし',
    c('development-time-ai-engineer'),
  ],
  [
    'airesourceexhaustion',
    'threat',
    'input-threats',
    'AI resource exhaustion',
    'AI資源の枯渇',
    t('model-availability'),
  ],
  [
    'dosinputvalidation',
    'control',
    'input-threats',
    'DOS INPUT VALIDATION',
    'DoS入力検証',
    c('standard-infosec'),
  ],
  ['limitresources', 'control', 'input-threats', 'LIMIT RESOURCES', '資源の制限', c('standard-infosec')],

  [
    'developmenttime',
    'threat-group',
    'development-time-threats',
    'Development-time threats',
    '開発時の脅威',
    t('any-asset-cia'),
  ],
  [
    'devsecurity',
    'control',
    'development-time-threats',
    'DEV SECURITY',
    '開発環境のセキュリティ',
    c('standard-infosec'),
  ],
  [
    'segregatedata',
    'control',
    'development-time-threats',
    'SEGREGATE DATA',
    'データの分離',
    c('standard-infosec'),
  ],
  [
    'confcompute',
    'control',
    'development-time-threats',
    'CONF COMPUTE',
    '機密コンピューティング',
    c('other'),
  ],
  [
    'federatedlearning',
    'control',
    'development-time-threats',
    'FEDERATED LEARNING',
    '連合学習',
    c('development-time-ai-engineer'),
  ],
  [
    'supplychainmanage',
    'control',
    'development-time-threats',
    'SUPPLY CHAIN MANAGE',
    'サプライチェーン管理',
    c('standard-infosec'),
  ],
  [
    'modelpoison',
    'threat-group',
    'development-time-threats',
    'Broad model poisoning',
    'モデル汚染全般',
    t('model-behaviour-integrity'),
  ],
  [
    'modelensemble',
    'control',
    'development-time-threats',
    'MODEL ENSEMBLE',
    'モデルアンサンブル',
    c('development-time-ai-engineer'),
  ],
  [
    'datapoison',
    'threat',
    'development-time-threats',
    'Data poisoning',
    'データ汚染',
    t('model-behaviour-integrity'),
  ],
  [
    'moretraindata',
    'control',
    'development-time-threats',
    'MORE TRAIN DATA',
    '学習データの追加',
    c('development-time-ai-engineer'),
  ],
  [
    'dataqualitycontrol',
    'control',
    'development-time-threats',
    'DATA QUALITY CONTROL',
    'データ品質管理',
    c('development-time-ai-engineer'),
  ],
  [
    'traindatadistortion',
    'control',
    'development-time-threats',
    'TRAIN DATA DISTORTION',
    '学習データの歪曲',
    c('development-time-ai-engineer'),
  ],
  [
    'poisonrobustmodel',
    'control',
    'development-time-threats',
    'POISON ROBUST MODEL',
    '汚染に頑健なモデル',
    c('development-time-ai-engineer'),
  ],
  [
    'devmodelpoison',
    'threat',
    'development-time-threats',
    'Direct development-time model poisoning',
    '開発時の直接的なモデル汚染',
    t('model-behaviour-integrity'),
  ],
  [
    'supplymodelpoison',
    'threat',
    'development-time-threats',
    'Supply-chain model poisoning',
    'サプライチェーンによるモデル汚染',
    t('model-behaviour-integrity'),
  ],
  [
    'devleak',
    'threat-group',
    'development-time-threats',
    'Sensitive data leak development-time',
    '開発時の機密データ漏洩',
    t('training-data-confidentiality', 'model-confidentiality'),
  ],
  [
    'devdataleak',
    'threat',
    'development-time-threats',
    'Development-time data leak',
    '開発時のデータ漏洩',
    t('training-data-confidentiality'),
  ],
  [
    'devmodelleak',
    'threat',
    'development-time-threats',
    'Direct development-time model leak',
    '開発時の直接的なモデル漏洩',
    t('model-confidentiality'),
  ],
  [
    'devcodeleak',
    'threat',
    'development-time-threats',
    'Source code/configuration leak',
    'ソースコード・設定の漏洩',
    t('model-confidentiality'),
  ],

  [
    'runtimeconventionalsec',
    'threat-group',
    'runtime-threats',
    'Runtime conventional security threats',
    '実行時の従来型セキュリティ脅威',
    t('any-asset-cia'),
  ],
  [
    'genericsecthreats',
    'threat',
    'runtime-threats',
    'Generic security threats',
    '一般的なセキュリティ脅威',
    t('any-asset-cia'),
  ],
  [
    'runtimemodelpoison',
    'threat',
    'runtime-threats',
    'Direct runtime model poisoning',
    '実行時の直接的なモデル汚染',
    t('model-behaviour-integrity'),
  ],
  [
    'runtimemodelintegrity',
    'control',
    'runtime-threats',
    'RUNTIME MODEL INTEGRITY',
    '実行時モデルの完全性',
    c('standard-infosec'),
  ],
  [
    'runtimemodeliointegrity',
    'control',
    'runtime-threats',
    'RUNTIME MODEL IO INTEGRITY',
    '実行時モデル入出力の完全性',
    c('standard-infosec'),
  ],
  [
    'runtimemodelleak',
    'threat',
    'runtime-threats',
    'Direct runtime model leak',
    '実行時の直接的なモデル漏洩',
    t('model-confidentiality'),
  ],
  [
    'runtimemodelconfidentiality',
    'control',
    'runtime-threats',
    'RUNTIME MODEL CONFIDENTIALITY',
    '実行時モデルの機密性',
    c('standard-infosec'),
  ],
  ['modelobfuscation', 'control', 'runtime-threats', 'MODEL OBFUSCATION', 'モデルの難読化', c('other')],
  [
    'outputcontainsconventionalinjection',
    'threat',
    'runtime-threats',
    'Output contains conventional injection',
    '出力に含まれる従来型インジェクション',
    t('any-asset-cia'),
  ],
  [
    'encodemodeloutput',
    'control',
    'runtime-threats',
    'ENCODE MODEL OUTPUT',
    'モデル出力のエンコード',
    c('standard-infosec'),
  ],
  [
    'inputdataleak',
    'threat',
    'runtime-threats',
    'Input data leak',
    '入力データの漏洩',
    t('input-data-confidentiality'),
  ],
  [
    'modelinputconfidentiality',
    'control',
    'runtime-threats',
    'MODEL INPUT CONFIDENTIALITY',
    'モデル入力の機密性',
    c('standard-infosec'),
  ],
  [
    'augmentationdataleak',
    'threat',
    'runtime-threats',
    'Direct augmentation data leak',
    '拡張データの直接的な漏洩',
    t('training-data-confidentiality'),
  ],
  [
    'augmentationdataconfidentiality',
    'control',
    'runtime-threats',
    'AUGMENTATION DATA CONFIDENTIALITY',
    '拡張データの機密性',
    c('standard-infosec'),
  ],
  [
    'augmentationdatamanipulation',
    'threat',
    'runtime-threats',
    'Augmentation data manipulation',
    '拡張データの改ざん',
    t('model-behaviour-integrity'),
  ],
  [
    'augmentationdataintegrity',
    'control',
    'runtime-threats',
    'AUGMENTATION DATA INTEGRITY',
    '拡張データの完全性',
    c('standard-infosec'),
  ],
];

const ML = [
  'Input manipulation attack',
  'Data poisoning attack',
  'Model inversion attack',
  'Membership inference attack',
  'Model theft',
  'AI supply chain attacks',
  'Transfer learning attack',
  'Model skewing',
  'Output integrity attack',
  'Model poisoning',
];
const LLM = [
  'Prompt injection',
  'Sensitive information disclosure',
  'Supply chain',
  'Data and model poisoning',
  'Improper output handling',
  'Excessive agency',
  'System prompt leakage',
  'Vector and embedding weaknesses',
  'Misinformation',
  'Unbounded consumption',
];
const pad = (n: number) => String(n).padStart(2, '0');
rows.push(...ML.map((title, i): Row => [`ML${pad(i + 1)}`, 'ml-top10', 'ml-top10', title, `${title}（ML）`]));
rows.push(
  ...LLM.map((title, i): Row => [
    `LLM${pad(i + 1)}:2026`,
    'llm-top10',
    'llm-top10',
    title,
    `${title}（LLM）`,
    { edition: '2026' },
  ]),
);

const partOf: Record<string, string[]> = {
  generalcontrols: ['governancecontrols', 'datalimit', 'limitunwanted'],
  governancecontrols: [
    'aiprogram',
    'secprogram',
    'secdevprogram',
    'devprogram',
    'checkcompliance',
    'seceducate',
  ],
  datalimit: ['dataminimize', 'alloweddata', 'shortretain', 'obfuscatetrainingdata', 'discrete'],
  limitunwanted: [
    'oversight',
    'leastmodelprivilege',
    'modelalignment',
    'aitransparency',
    'continuousvalidation',
    'explainability',
    'unwantedbiastesting',
  ],
  inputthreats: ['evasion', 'promptinjection', 'disclosureuse', 'modelexfiltration', 'airesourceexhaustion'],
  evasion: ['zeroknowledgeevasion', 'perfectknowledgeevasion', 'transferattack', 'evasionafterpoison'],
  promptinjection: ['directpromptinjection', 'indirectpromptinjection'],
  disclosureuse: ['disclosureinoutput', 'modelinversionandmembership'],
  developmenttime: ['modelpoison', 'devleak'],
  modelpoison: ['datapoison', 'devmodelpoison', 'supplymodelpoison'],
  devleak: ['devdataleak', 'devmodelleak', 'devcodeleak'],
  runtimeconventionalsec: [
    'genericsecthreats',
    'runtimemodelpoison',
    'runtimemodelleak',
    'outputcontainsconventionalinjection',
    'inputdataleak',
    'augmentationdataleak',
    'augmentationdatamanipulation',
  ],
};

const mitigates: Record<string, string[]> = {
  monitoruse: ['inputthreats'],
  ratelimit: ['inputthreats'],
  modelaccesscontrol: ['inputthreats'],
  anomalousinputhandling: ['inputthreats'],
  unwantedinputserieshandling: ['inputthreats'],
  obscureconfidence: ['inputthreats'],
  evasioninputhandling: ['evasion'],
  evasionrobustmodel: ['evasion'],
  trainadversarial: ['evasion', 'datapoison'],
  inputdistortion: ['evasion'],
  adversarialrobustdistillation: ['evasion'],
  promptinjectioniohandling: ['directpromptinjection', 'indirectpromptinjection'],
  inputsegregation: ['indirectpromptinjection'],
  sensitiveoutputhandling: ['disclosureinoutput'],
  smallmodel: ['modelinversionandmembership'],
  modelwatermarking: ['modelexfiltration'],
  dosinputvalidation: ['airesourceexhaustion'],
  limitresources: ['airesourceexhaustion'],
  devsecurity: ['developmenttime'],
  segregatedata: ['developmenttime'],
  confcompute: ['developmenttime'],
  federatedlearning: ['developmenttime'],
  supplychainmanage: ['developmenttime', 'supplymodelpoison'],
  modelensemble: ['modelpoison'],
  moretraindata: ['datapoison'],
  dataqualitycontrol: ['datapoison'],
  traindatadistortion: ['datapoison'],
  poisonrobustmodel: ['datapoison'],
  runtimemodelintegrity: ['runtimemodelpoison'],
  runtimemodeliointegrity: ['runtimemodelpoison'],
  runtimemodelconfidentiality: ['runtimemodelleak'],
  modelobfuscation: ['runtimemodelleak'],
  encodemodeloutput: ['outputcontainsconventionalinjection'],
  modelinputconfidentiality: ['inputdataleak'],
  augmentationdataconfidentiality: ['augmentationdataleak'],
  augmentationdataintegrity: ['augmentationdatamanipulation'],
  oversight: ['inputthreats', 'runtimeconventionalsec'],
  leastmodelprivilege: ['promptinjection'],
  dataminimize: ['disclosureuse', 'devleak'],
  governancecontrols: ['inputthreats', 'developmenttime', 'runtimeconventionalsec'],
};

const mapsTo: Record<string, string[]> = {
  ML01: ['evasion'],
  ML02: ['datapoison'],
  ML03: ['modelinversionandmembership'],
  ML04: ['modelinversionandmembership'],
  ML05: ['modelexfiltration', 'runtimemodelleak', 'devmodelleak'],
  ML06: ['supplymodelpoison'],
  ML07: ['supplymodelpoison'],
  ML08: ['datapoison'],
  ML09: ['runtimemodelpoison'],
  ML10: ['devmodelpoison'],
  'LLM01:2026': ['promptinjection'],
  'LLM02:2026': ['disclosureinoutput'],
  'LLM03:2026': ['supplymodelpoison'],
  'LLM04:2026': ['modelpoison'],
  'LLM05:2026': ['outputcontainsconventionalinjection'],
  'LLM06:2026': ['inputthreats'],
  'LLM07:2026': ['disclosureinoutput'],
  'LLM08:2026': ['augmentationdataleak', 'augmentationdatamanipulation'],
  'LLM09:2026': ['evasion'],
  'LLM10:2026': ['airesourceexhaustion'],
};

function edges(kind: NavEdge['kind'], table: Record<string, string[]>, reverse: boolean): NavEdge[] {
  return Object.entries(table).flatMap(([from, list]) =>
    list.map((to): NavEdge => ({
      kind,
      source: reverse ? to : from,
      target: reverse ? from : to,
      basis: ['curated'],
    })),
  );
}

/** About 110 nodes and 130 edges, shaped like the navigator diagram. */
export function navigatorFixture(): Dataset {
  return {
    format: 1,
    upstream,
    nodes: rows.map(node),
    edges: [
      ...edges('part-of', partOf, true),
      ...edges('mitigates', mitigates, false),
      ...edges('maps-to', mapsTo, false),
    ],
    successions: [],
  };
}

/** A deterministic pseudo-random sequence (linear congruential), so generated sets are the same every run. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (limit: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % limit;
  };
}

/** A large data set with the navigator's kinds and sections, for scale checks. */
export function generatedDataset(nodeCount: number, edgeCount: number, seed = 1): Dataset {
  const next = sequence(seed);
  const kinds: NodeKind[] = [
    'threat',
    'threat',
    'threat-group',
    'control',
    'control',
    'control',
    'control-group',
  ];
  const nodes: DatasetNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = i % 50 === 49 ? (i % 100 === 99 ? 'llm-top10' : 'ml-top10') : kinds[next(kinds.length)]!;
    const section: Section = kind === 'ml-top10' || kind === 'llm-top10' ? kind : SECTIONS[next(4)]!;
    nodes.push(
      node(
        [
          `n${i}`,
          kind,
          section,
          `Node ${i}`,
          `ノード ${i}`,
          kind === 'control'
            ? { controlType: CONTROL_TYPES[next(CONTROL_TYPES.length)]! }
            : kind === 'threat'
              ? { impacts: [IMPACTS[next(IMPACTS.length)]!] }
              : {},
        ],
        i,
      ),
    );
  }
  const groups = nodes.filter((n) => n.kind === 'threat-group' || n.kind === 'control-group');
  const threats = nodes.filter((n) => n.kind === 'threat' || n.kind === 'threat-group');
  const seen = new Set<string>();
  const edgeList: NavEdge[] = [];
  for (let attempts = 0; edgeList.length < edgeCount && attempts < edgeCount * 4; attempts++) {
    const source = nodes[next(nodes.length)]!;
    const roll = next(10);
    const target =
      roll < 2
        ? groups[next(groups.length)]
        : roll < 9
          ? threats[next(threats.length)]
          : threats[next(threats.length)];
    if (!target || target.id === source.id) continue;
    const kind: NavEdge['kind'] =
      roll < 2
        ? 'part-of'
        : source.kind === 'ml-top10' || source.kind === 'llm-top10'
          ? 'maps-to'
          : 'mitigates';
    const key = `${kind}:${source.id}->${target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edgeList.push({ kind, source: source.id, target: target.id, basis: ['curated'] });
  }
  return { format: 1, upstream, nodes, edges: edgeList, successions: [] };
}
