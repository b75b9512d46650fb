import type { FeatureStrings } from '../scope/featureStrings';

/** Strings of ATT&CK Navigator layers for MITRE ATLAS: export of the active layer, the overlay of an opened one. */
const en = {
  section: {
    heading: 'MITRE ATLAS Navigator layers',
    intro:
      'Exchange risk ratings with red teams and threat intelligence that work in ATT&CK Navigator with ATLAS data (the ATLAS Navigator), or see which AI Exchange threats and controls an ATLAS layer, such as a case study, concerns.',
  },
  export: {
    button: 'Export “{{name}}” as an ATLAS Navigator layer',
    noLayer: 'Choose or create an annotation layer to export it as an ATLAS Navigator layer.',
    hint: 'Each ATLAS technique a rated threat cites gets the highest risk of those threats as score (1–25) and colour, and a comment naming them. Format 4.5, domain atlas-atlas.',
    nothing:
      'No rated threat of “{{name}}” cites an ATLAS technique yet: the layer would be empty. Rate threats such as prompt injection or evasion first.',
    saved: 'Saved {{file}}: {{count}} ATLAS techniques.',
    detailsFailed: 'The references of the data could not be loaded; try again.',
  },
  import: {
    label: 'Open an ATLAS Navigator layer (JSON)',
    hint: 'A layer of the ATLAS domain, e.g. a case study from atlas.mitre.org. It is shown over the map and changes none of your annotation layers.',
    reading: 'Reading {{file}}…',
    failed: '{{file}} cannot be shown.',
    detail: 'Details',
    shown: 'Showing “{{name}}” over the map.',
    problem: {
      'too-large': 'The file is larger than 5 MB.',
      'not-a-layer': 'This is not an ATT&CK Navigator layer file.',
      'annotation-layer':
        'This is an annotation layer of this app, not a Navigator layer: import it under “Annotation layers”.',
      'several-layers': 'The file holds several layers. Save one layer from ATT&CK Navigator and open that.',
      'too-many-entries': 'The layer has more techniques than a layer may have (10,000).',
      'wrong-domain':
        'The layer is not of the ATLAS domain (atlas-atlas): layers of ATT&CK Enterprise, Mobile or ICS name no AI Exchange threat.',
      'wrong-version':
        'The layer format version is not one this app reads (4.x). Open the file in a current ATT&CK Navigator and save it again.',
      invalid: 'The layer has fields of the wrong type or forbidden keys.',
    },
  },
  overlay: {
    heading: 'ATLAS layer: {{name}}',
    source: 'From {{source}}',
    summary:
      'Its {{ids}} reach {{threats}} and {{controls}} of the AI Exchange, marked ◆ on the map and in the lists.',
    ids_one: '{{count}} ATLAS id',
    ids_other: '{{count}} ATLAS ids',
    threatCount_one: '{{count}} threat',
    threatCount_other: '{{count}} threats',
    controlCount_one: '{{count}} control',
    controlCount_other: '{{count}} controls',
    version: 'Made with ATLAS {{version}}; this app has ATLAS {{ours}}.',
    disabled: '{{count}} entries marked disabled in the layer are left out.',
    threats: 'Threats',
    controls: 'Controls',
    none: 'None.',
    score: 'score {{score}}',
    viaParent: 'sub-technique of {{parent}}',
    unknown_one: '{{count}} id the AI Exchange does not refer to',
    unknown_other: '{{count}} ids the AI Exchange does not refer to',
    about: 'About this layer',
    clear: 'Clear the ATLAS layer',
    legend: 'In the ATLAS layer',
    mark: 'in the ATLAS layer',
  },
};

type AtlasLayerStrings = typeof en;

const ja: AtlasLayerStrings = {
  section: {
    heading: 'MITRE ATLAS Navigator レイヤー',
    intro:
      'ATLAS のデータで ATT&CK Navigator（ATLAS Navigator）を使うレッドチームや脅威インテリジェンスとリスク評価をやり取りできます。また、ケーススタディなどの ATLAS レイヤーが AI Exchange のどの脅威と管理策に関わるかを確かめられます。',
  },
  export: {
    button: '「{{name}}」を ATLAS Navigator レイヤーとして書き出す',
    noLayer: 'ATLAS Navigator レイヤーとして書き出すには、注釈レイヤーを選ぶか作成してください。',
    hint: '評価済みの脅威が参照する ATLAS の手法ごとに、それらの脅威の最も高いリスクをスコア（1〜25）と色にし、脅威の名前をコメントに記します。形式 4.5、ドメイン atlas-atlas。',
    nothing:
      '「{{name}}」には ATLAS の手法を参照する評価済みの脅威がまだないため、レイヤーは空になります。先にプロンプトインジェクションや回避などの脅威を評価してください。',
    saved: '{{file}} を保存しました（ATLAS の手法 {{count}} 件）。',
    detailsFailed: 'データの参照情報を読み込めませんでした。もう一度お試しください。',
  },
  import: {
    label: 'ATLAS Navigator レイヤーを開く（JSON）',
    hint: 'ATLAS ドメインのレイヤー（atlas.mitre.org のケーススタディなど）。マップの上に重ねて表示し、注釈レイヤーは一切変更しません。',
    reading: '{{file}} を読み込み中…',
    failed: '{{file}} は表示できません。',
    detail: '詳細',
    shown: '「{{name}}」をマップに重ねて表示しています。',
    problem: {
      'too-large': 'ファイルが 5 MB を超えています。',
      'not-a-layer': 'ATT&CK Navigator のレイヤーファイルではありません。',
      'annotation-layer':
        'これはこのアプリの注釈レイヤーで、Navigator のレイヤーではありません。「注釈レイヤー」から読み込んでください。',
      'several-layers':
        '複数のレイヤーを含むファイルです。ATT&CK Navigator でレイヤーを1つだけ保存し、そのファイルを開いてください。',
      'too-many-entries': '1つのレイヤーに含められる手法の数（10,000）を超えています。',
      'wrong-domain':
        'ATLAS ドメイン（atlas-atlas）のレイヤーではありません。ATT&CK の Enterprise・Mobile・ICS のレイヤーは AI Exchange の脅威に対応しません。',
      'wrong-version':
        'このアプリが読めるレイヤー形式（4.x）ではありません。最新の ATT&CK Navigator で開いて保存し直してください。',
      invalid: 'レイヤーに型の誤った項目か、使用できないキーがあります。',
    },
  },
  overlay: {
    heading: 'ATLAS レイヤー：{{name}}',
    source: '読み込み元：{{source}}',
    summary: '{{ids}}が AI Exchange の{{threats}}と{{controls}}に対応します。マップと一覧では ◆ で示します。',
    ids_one: 'ATLAS の ID {{count}} 件',
    ids_other: 'ATLAS の ID {{count}} 件',
    threatCount_one: '脅威 {{count}} 件',
    threatCount_other: '脅威 {{count}} 件',
    controlCount_one: '管理策 {{count}} 件',
    controlCount_other: '管理策 {{count}} 件',
    version: 'ATLAS {{version}} で作成されたレイヤーです（このアプリは ATLAS {{ours}}）。',
    disabled: 'レイヤーで無効とされた {{count}} 件は除いています。',
    threats: '脅威',
    controls: '管理策',
    none: 'なし。',
    score: 'スコア {{score}}',
    viaParent: '{{parent}} のサブ手法',
    unknown_one: 'AI Exchange が参照していない ID {{count}} 件',
    unknown_other: 'AI Exchange が参照していない ID {{count}} 件',
    about: 'このレイヤーについて',
    clear: 'ATLAS レイヤーの表示をやめる',
    legend: 'ATLAS レイヤーに含まれる',
    mark: 'ATLAS レイヤーに含まれる',
  },
};

export const atlasLayerStrings: FeatureStrings<AtlasLayerStrings> = { ns: 'atlasLayers', en, ja };
