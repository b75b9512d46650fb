import type { FeatureStrings } from '../scope/featureStrings';

/** Strings of the role lens (the role names and paragraphs are in the role data). */
const en = {
  label: 'Role',
  none: 'No role',
  hint: 'Highlights what your role acts on and explains how to use the navigator in it.',
  guide: 'Using the navigator as: {{role}}',
  focus: 'What you act on',
  startWith: 'Start with',
  reasons: 'For you as: {{role}}',
  graphMark: 'What your role ({{role}}) acts on',
  tools: {
    scope: 'Scope my system',
    layers: 'Annotation layers',
    'risk-overview': 'Risk overview',
    'export-checklist': 'Checklist export (Markdown)',
    'export-csv': 'Spreadsheet export (CSV)',
    'ml-top10': 'ML Top 10',
    'llm-top10': 'LLM Top 10',
  },
};

type RoleStrings = typeof en;

const ja: RoleStrings = {
  label: '役割',
  none: '役割なし',
  hint: '役割に関係するものを強調表示し、その役割でのナビゲーターの使い方を説明します。',
  guide: '{{role}}としての使い方',
  focus: '対象となるもの',
  startWith: 'まず使うもの',
  reasons: '{{role}}にとっての意味',
  graphMark: 'あなたの役割（{{role}}）が扱うもの',
  tools: {
    scope: 'システムのスコープ設定',
    layers: '注釈レイヤー',
    'risk-overview': 'リスク概要',
    'export-checklist': 'チェックリストの書き出し（Markdown）',
    'export-csv': '表計算用の書き出し（CSV）',
    'ml-top10': 'ML Top 10',
    'llm-top10': 'LLM Top 10',
  },
};

export const roleStrings: FeatureStrings<RoleStrings> = { ns: 'roles', en, ja };
