import { describe, expect, it } from 'vitest';

import { exportChecklist } from '../../src/model/export/checklist';
import { exportVisibleDataset, serializeDataset } from '../../src/model/export/datasetJson';
import { exportViewCsv } from '../../src/model/export/viewCsv';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, setControlAnnotation, setThreatAnnotation } from '../../src/model/layers/editLayer';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { visibleSubgraph } from '../../src/model/visibility';
import type { NodeKind, Section } from '../../src/model/vocabulary';

import { datasetEdge, datasetNode, datasetOf } from './fixtures/builders';

const node = (id: string, kind: NodeKind, section: Section, order: number, en: string, ja: string) =>
  datasetNode(id, kind, section, order, { en, ja });
const edge = datasetEdge;

/** A general control through its group, a threat-group control, a direct control, threats without controls. */
const dataset: Dataset = datasetOf(
  [
    node('generalcontrols', 'control-group', 'general-controls', 0, 'General controls', '一般的な管理策'),
    node('aiprogram', 'control', 'general-controls', 1, 'AI PROGRAM', 'AIプログラム'),
    node('inputthreats', 'threat-group', 'input-threats', 2, 'Input threats', '入力による脅威'),
    node(
      'directpromptinjection',
      'threat',
      'input-threats',
      3,
      'Direct prompt injection',
      '直接プロンプトインジェクション',
    ),
    node('monitoruse', 'control', 'input-threats', 4, 'MONITOR USE', '利用の監視'),
    node(
      'iohandling',
      'control',
      'input-threats',
      5,
      'PROMPT INJECTION I/O HANDLING',
      'プロンプトインジェクションの入出力処理',
    ),
    node('datapoison', 'threat', 'development-time-threats', 6, 'Data poisoning', 'データポイズニング'),
    node(
      'genericsecthreats',
      'threat-group',
      'runtime-threats',
      7,
      'Generic security threats',
      '一般的なセキュリティ脅威',
    ),
    {
      ...node('LLM01:2026', 'llm-top10', 'llm-top10', 8, 'Prompt Injection', 'プロンプトインジェクション'),
      edition: '2026',
    },
  ],
  [
    edge('aiprogram', 'part-of', 'generalcontrols'),
    edge('directpromptinjection', 'part-of', 'inputthreats'),
    edge('generalcontrols', 'mitigates', 'inputthreats'),
    edge('monitoruse', 'mitigates', 'inputthreats'),
    edge('iohandling', 'mitigates', 'directpromptinjection'),
    edge('LLM01:2026', 'maps-to', 'directpromptinjection'),
  ],
);
/** The footer every checklist ends with: the data it was made from. */
const DATA_LINES = [
  '---',
  '',
  'Data:',
  '',
  '- Sample · example.org/repo @ aaaaaaa (2026-01-01) · CC0-1.0',
  '',
];
const index = buildIndex(dataset);
const ALL = new Set(dataset.nodes.map((item) => item.id));
const NOW = '2026-09-01T00:00:00Z';

let layer = createLayer('Chatbot *v2*', 'a'.repeat(40), NOW);
layer = setControlAnnotation(layer, 'monitoruse', { status: 'implemented', owner: 'SOC, "blue" team' }, NOW);
layer = setControlAnnotation(
  layer,
  'iohandling',
  {
    status: 'partial',
    owner: '=HYPERLINK("http://x")',
    note: 'Filters <script> and `code`\n- not a list\n\n1. not numbered',
  },
  NOW,
);
layer = setControlAnnotation(layer, 'aiprogram', { status: 'not-applicable' }, NOW);
layer = setThreatAnnotation(
  layer,
  'directpromptinjection',
  { likelihood: 4, impact: 5, note: '@risk: see [ticket](http://x)\r\n# not a heading' },
  NOW,
);

describe('CSV export', () => {
  it('writes one row per threat → control pair, quoted per RFC 4180, with formulas defused', () => {
    const threat = `directpromptinjection,Direct prompt injection,4,5,20,"'@risk: see [ticket](http://x)\r\n# not a heading"`;
    expect(exportViewCsv(index, ALL, layer, 'en')).toBe(
      [
        'threat_id,threat,likelihood,impact,risk,threat_note,control_id,control,via,status,owner,control_note',
        `${threat},aiprogram,AI PROGRAM,generalcontrols > inputthreats,not-applicable,,`,
        `${threat},monitoruse,MONITOR USE,inputthreats,implemented,"SOC, ""blue"" team",`,
        `${threat},iohandling,PROMPT INJECTION I/O HANDLING,,partial,"'=HYPERLINK(""http://x"")","Filters <script> and \`code\`\n- not a list\n\n1. not numbered"`,
        'datapoison,Data poisoning,,,,,,,,,,',
        'genericsecthreats,Generic security threats,,,,,,,,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('uses the chosen language for titles, and status unknown without a layer', () => {
    const csv = exportViewCsv(index, ALL, null, 'ja');
    expect(csv.split('\r\n')[1]).toBe(
      'directpromptinjection,直接プロンプトインジェクション,,,,,aiprogram,AIプログラム,generalcontrols > inputthreats,unknown,,',
    );
  });

  it('keeps to the view', () => {
    const visible = new Set(['directpromptinjection', 'iohandling']);
    expect(exportViewCsv(index, visible, null, 'en').split('\r\n').slice(1)).toEqual([
      'directpromptinjection,Direct prompt injection,,,,,iohandling,PROMPT INJECTION I/O HANDLING,,unknown,,',
      '',
    ]);
  });
});

describe('Markdown checklist export', () => {
  it('writes threat headings and ticked or open control lines, with user text escaped', () => {
    expect(exportChecklist(index, ALL, layer, 'en')).toBe(
      [
        '# Chatbot \\*v2\\*',
        '',
        '## Direct prompt injection (directpromptinjection)',
        '',
        'Risk 20 (likelihood 4 × impact 5)',
        '',
        '> @risk: see \\[ticket\\](http://x)',
        '> \\# not a heading',
        '',
        '- [x] AI PROGRAM (not applicable)',
        '- [x] MONITOR USE (implemented, owner: SOC, "blue" team)',
        '- [ ] PROMPT INJECTION I/O HANDLING (partly implemented, owner: =HYPERLINK("http://x"))',
        '  > Filters \\<script\\> and \\`code\\`',
        '  > \\- not a list',
        '  >',
        '  > 1\\. not numbered',
        '',
        '## Data poisoning (datapoison)',
        '',
        'No controls in this view.',
        '',
        '## Generic security threats (genericsecthreats)',
        '',
        'No controls in this view.',
        '',
        ...DATA_LINES,
      ].join('\n'),
    );
  });

  it('speaks Japanese', () => {
    const lines = exportChecklist(index, new Set(['directpromptinjection', 'monitoruse']), layer, 'ja').split(
      '\n',
    );
    expect(lines).toEqual([
      '# Chatbot \\*v2\\*',
      '',
      '## 直接プロンプトインジェクション (directpromptinjection)',
      '',
      'リスク 20（発生可能性 4 × 影響 5）',
      '',
      '> @risk: see \\[ticket\\](http://x)',
      '> \\# not a heading',
      '',
      '- [x] 利用の監視（実装済み、担当：SOC, "blue" team）',
      '',
      '---',
      '',
      'データ：',
      '',
      '- Sample · example.org/repo @ aaaaaaa (2026-01-01) · CC0-1.0',
      '',
    ]);
  });

  it('has a default title without a layer', () => {
    expect(exportChecklist(index, new Set(), null, 'en')).toBe(
      ['# AI security checklist', '', ...DATA_LINES].join('\n'),
    );
  });
});

describe('data-set JSON export', () => {
  it('is the visible subgraph in the data-set format and validates against the schema', () => {
    const visible = visibleSubgraph(index, { ...DEFAULT_FILTERS, general: false });
    const exported = exportVisibleDataset(dataset, index, visible)!;
    expect(exported.nodes.map((item) => item.id)).toEqual(
      [...visible.nodes].sort((a, b) => index.node(a)!.order - index.node(b)!.order),
    );
    expect(exported.nodes.some((item) => item.id === 'aiprogram')).toBe(false);
    expect(exported.edges).toEqual([
      edge('directpromptinjection', 'part-of', 'inputthreats'),
      edge('monitoruse', 'mitigates', 'inputthreats'),
      edge('iohandling', 'mitigates', 'directpromptinjection'),
      edge('LLM01:2026', 'maps-to', 'directpromptinjection'),
    ]);
    const reparsed = parseDataset(JSON.parse(serializeDataset(exported)));
    expect(reparsed).toEqual({ ok: true, dataset: exported });
  });

  it('is null when nothing is in view', () => {
    expect(exportVisibleDataset(dataset, index, { nodes: new Set(), edges: new Set() })).toBeNull();
  });
});
