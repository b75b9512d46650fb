import type { FeatureStrings } from '../scope/featureStrings';

/** Strings of the export menu. */
const en = {
  heading: 'Export this view',
  intro: 'What is in view now: the scope, the filters and the active annotation layer apply.',
  csv: 'Spreadsheet (CSV)',
  csvHint: 'One row per threat and control, with statuses, owners and risk ratings.',
  checklist: 'Checklist (Markdown)',
  checklistHint: 'Each threat with its controls as a task list, to paste into a ticket or report.',
  json: 'Visible data (JSON)',
  jsonHint: 'The threats, controls, Top 10 items and relations in view, in the navigator’s data format.',
  saved: 'Saved {{file}}',
  nothing: 'Nothing is in view to export.',
  detailsFailed: 'The summaries and references could not be loaded, so the data was not saved. Try again.',
  imageSvg: 'Download image (SVG)',
};

type ExportStrings = typeof en;

const ja: ExportStrings = {
  heading: 'この表示を書き出す',
  intro: '現在表示中の内容を書き出します。スコープ、フィルター、使用中の注釈レイヤーが反映されます。',
  csv: '表計算（CSV）',
  csvHint: '脅威と管理策の組ごとに1行。状況、担当、リスク評価を含みます。',
  checklist: 'チェックリスト（Markdown）',
  checklistHint: '脅威ごとに管理策をタスクリストにします。チケットや報告書に貼り付けられます。',
  json: '表示中のデータ（JSON）',
  jsonHint: '表示中の脅威、管理策、Top 10 の項目と関係を、ナビゲーターのデータ形式で書き出します。',
  saved: '{{file}} を保存しました',
  nothing: '書き出せるものが表示されていません。',
  detailsFailed:
    '概要と参考文献を読み込めなかったため、データを保存できませんでした。もう一度お試しください。',
  imageSvg: '画像をダウンロード（SVG）',
};

export const exportStrings: FeatureStrings<ExportStrings> = { ns: 'exports', en, ja };
