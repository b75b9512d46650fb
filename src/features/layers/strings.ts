import type { FeatureStrings } from '../scope/featureStrings';

/** Strings of annotation layers: the manager, the editors in the details panel, the summary. */
const en = {
  manager: {
    heading: 'Annotation layers',
    intro:
      'A layer records, for one system, how far each control is implemented and how risky each threat is. Layers are saved in this browser; export one to share it or keep a copy.',
    yours: 'Your layers',
    active: 'Active layer',
    none: 'None (no annotations shown)',
    empty: 'No layer yet. Create one, import a file, or annotate a control in the details panel.',
    counts: 'Annotated controls: {{controls}} · threats: {{threats}} · changed {{modified}}',
    rename: 'Rename',
    renameAction: 'Rename “{{name}}”',
    renameLabel: 'New name for “{{name}}”',
    save: 'Save',
    cancel: 'Cancel',
    export: 'Export',
    exportLabel: 'Export “{{name}}” as a file',
    remove: 'Delete',
    removeLabel: 'Delete “{{name}}”',
    removeConfirm: 'Delete “{{name}}”? Its annotations are lost unless you have exported it.',
    removed: 'Deleted “{{name}}”.',
    useScope: 'Use its scope answers',
    useScopeLabel: 'Use the scope answers recorded in “{{name}}”',
    createLabel: 'Name of a new layer',
    createPlaceholder: 'e.g. Customer chatbot',
    create: 'Create layer',
    nameMissing: 'Give the layer a name.',
    created: 'Created “{{name}}”.',
    warnings: 'Notes on the saved layers',
  },
  unreadable: {
    heading: 'Your saved annotation layers could not be read',
    intro:
      'They are kept exactly as they were, and nothing is saved over them. Export them to keep a copy or to repair them by hand.',
    recovered_one: '{{count}} layer could be read and is shown below.',
    recovered_other: '{{count}} layers could be read and are shown below.',
    notSaved: 'Changes you make now are not saved until you decide what to do with the saved content.',
    exportRaw: 'Export the saved content',
    overwrite: 'Continue with the readable layers',
    overwriteConfirm:
      'This saves the readable layers in place of the saved content, which is then lost. Export it first if you may need it.',
    overwriteYes: 'Replace the saved content',
  },
  saveError: 'Your changes could not be saved in this browser ({{error}}). Export your layers to keep them.',
  importFile: {
    label: 'Import a layer file (.json)',
    hint: 'Nothing is replaced without your confirmation.',
    failed: '“{{file}}” is not a layer this app can read:',
    reading: 'Reading “{{file}}”…',
  },
  review: {
    heading: 'Import “{{name}}”',
    source: 'From {{source}}',
    summary: 'Annotated controls: {{controls}}; annotated threats: {{threats}}.',
    migrated: 'The file is in the older format version {{version}}; it has been upgraded.',
    warnings: 'Notes ({{count}}):',
    moreWarnings: '… and {{count}} more',
    add: 'Add as a new layer',
    replace: 'Replace “{{name}}”',
    replaceHint: 'Replacing overwrites the annotations of “{{name}}”.',
    cancel: 'Cancel',
    added: 'Added “{{name}}”.',
    replaced: 'Replaced “{{name}}”.',
  },
  shared: {
    heading: 'A layer was shared with this link',
    loading: 'Loading the layer from {{url}}…',
    cancel: 'Cancel',
    failed: 'The layer at {{url}} could not be loaded.',
    details: 'Details:',
    retry: 'Try again',
    dismiss: 'Dismiss',
    problem: {
      'invalid-address': 'The link does not hold a web address. Ask whoever shared it for the right link.',
      'not-http':
        'Only http and https addresses can be loaded. Ask for a link to a file on a web server, or import the file.',
      'blocked-by-policy':
        'This page’s security policy does not allow loading from {{blocked}}, or from where it redirects: the navigator loads layers only from its own site and from https addresses. Ask for an https link, or download the file and import it.',
      cors: 'The server at {{origin}} does not allow other sites to read this file. Its owner can allow it (the Access-Control-Allow-Origin header); or download the file and import it.',
      redirects:
        'The address redirects, but not to a file the navigator can read: there are too many redirects, or one leads to an address that is not http or https. Open the address in the browser to see where it leads.',
      unreachable:
        'No file came back from {{origin}}: the server could not be reached, or its redirects do not end at a file. Check the address and your connection, then try again.',
      offline: 'This browser is offline. Connect to the network, then try again.',
      'not-found':
        'There is no file at this address (HTTP {{status}}). Check the link with whoever shared it.',
      denied:
        'The server refused access to the file (HTTP {{status}}). It may need a login the navigator cannot give.',
      'http-error': 'The server answered with an error (HTTP {{status}}). Try again later.',
      timeout:
        'The server did not send the file within {{seconds}} seconds. Try again later, or download the file and import it.',
      cancelled: 'Loading was cancelled.',
      'too-large': 'The file is larger than {{limit}}, the most a layer file may have.',
      'not-a-layer': 'The file at this address is not a layer file of this navigator.',
      'too-many-entries':
        'The file has more entries than a layer may have ({{max}} controls and {{max}} threats); it was not read further.',
      invalid: 'The file is a layer file, but it has errors:',
    },
  },
  editor: {
    control: 'Your annotation',
    threat: 'Your risk rating',
    layer: 'Layer: {{name}}',
    firstEdit: 'Your first annotation creates the layer “{{name}}”.',
    defaultName: 'My system',
    status: 'Status',
    owner: 'Owner',
    note: 'Note',
    noteHint: 'Plain text; exports escape it.',
    likelihood: 'Likelihood',
    impact: 'Impact',
    notRated: 'Not rated',
    risk: 'Risk {{score}} of 25: {{level}}',
    riskUnrated: 'The risk is shown once likelihood and impact are both rated.',
  },
  likelihood: {
    '1': '1 – rare',
    '2': '2 – unlikely',
    '3': '3 – possible',
    '4': '4 – likely',
    '5': '5 – almost certain',
  },
  impact: {
    '1': '1 – negligible',
    '2': '2 – minor',
    '3': '3 – moderate',
    '4': '4 – major',
    '5': '5 – severe',
  },
  riskLevel: {
    low: 'low',
    medium: 'medium',
    high: 'high',
    critical: 'critical',
  },
  legend: {
    heading: 'Annotations',
    marks: 'Marks on the graph',
    risk: 'Threat rated {{level}} risk',
  },
  status: {
    implemented: 'Implemented',
    partial: 'Partly implemented',
    planned: 'Planned',
    'not-applicable': 'Not applicable',
    unknown: 'Status unknown',
  },
  summary: {
    heading: 'Risk overview',
    noLayer:
      'No annotation layer is active. Choose or create one to see how far the controls in view are implemented.',
    implemented:
      'Controls in view implemented: {{implemented}} of {{applicable}} ({{share}}); the {{notApplicable}} marked not applicable are not counted.',
    byStatus: 'Controls in view by status',
    rated: 'Threats in view rated: {{rated}} of {{total}}.',
    uncovered_one: 'Threats without an implemented or partly implemented control: {{count}}',
    uncovered_other: 'Threats without an implemented or partly implemented control: {{count}}',
    byRisk: 'Rated threats, highest risk first',
    coverage: 'Coverage per threat in view',
    columns: {
      threat: 'Threat',
      risk: 'Risk',
      controls: 'Controls',
    },
    noThreats: 'No threat is in view.',
  },
};

type LayerStrings = typeof en;

const ja: LayerStrings = {
  manager: {
    heading: '注釈レイヤー',
    intro:
      'レイヤーには、1つのシステムについて、各管理策の実装状況と各脅威のリスクを記録します。レイヤーはこのブラウザに保存されます。共有や控えのためにはファイルに書き出してください。',
    yours: 'レイヤー一覧',
    active: '使用中のレイヤー',
    none: 'なし（注釈を表示しない）',
    empty:
      'レイヤーはまだありません。新しく作成するか、ファイルを読み込むか、詳細パネルで管理策に注釈を付けてください。',
    counts: '管理策{{controls}}件・脅威{{threats}}件に注釈 · 更新 {{modified}}',
    rename: '名前を変更',
    renameAction: '「{{name}}」の名前を変更',
    renameLabel: '「{{name}}」の新しい名前',
    save: '保存',
    cancel: 'キャンセル',
    export: '書き出し',
    exportLabel: '「{{name}}」をファイルに書き出す',
    remove: '削除',
    removeLabel: '「{{name}}」を削除',
    removeConfirm: '「{{name}}」を削除しますか？書き出していない場合、注釈は失われます。',
    removed: '「{{name}}」を削除しました。',
    useScope: 'スコープの回答を使う',
    useScopeLabel: '「{{name}}」に記録されたスコープの回答を使う',
    createLabel: '新しいレイヤーの名前',
    createPlaceholder: '例：顧客向けチャットボット',
    create: 'レイヤーを作成',
    nameMissing: 'レイヤーの名前を入力してください。',
    created: '「{{name}}」を作成しました。',
    warnings: '保存されたレイヤーについての注意',
  },
  unreadable: {
    heading: '保存された注釈レイヤーを読み込めませんでした',
    intro:
      '保存内容はそのまま残してあり、上書きはしていません。控えを取る、または手作業で修復するには、書き出してください。',
    recovered_one: '読み込めた{{count}}件のレイヤーを下に表示しています。',
    recovered_other: '読み込めた{{count}}件のレイヤーを下に表示しています。',
    notSaved: '保存内容の扱いを決めるまで、これから行う変更は保存されません。',
    exportRaw: '保存内容を書き出す',
    overwrite: '読み込めたレイヤーで続ける',
    overwriteConfirm:
      '読み込めたレイヤーを保存内容の代わりに保存します。元の保存内容は失われます。必要になる可能性があれば、先に書き出してください。',
    overwriteYes: '保存内容を置き換える',
  },
  saveError: 'このブラウザに変更を保存できませんでした（{{error}}）。レイヤーを残すには書き出してください。',
  importFile: {
    label: 'レイヤーファイルを読み込む（.json）',
    hint: '確認なしに置き換えることはありません。',
    failed: '「{{file}}」は、このアプリで読み込めるレイヤーではありません：',
    reading: '「{{file}}」を読み込んでいます…',
  },
  review: {
    heading: '「{{name}}」の読み込み',
    source: '読み込み元：{{source}}',
    summary: '管理策{{controls}}件・脅威{{threats}}件に注釈があります。',
    migrated: 'このファイルは旧形式（バージョン{{version}}）のため、現在の形式に変換しました。',
    warnings: '注意（{{count}}件）：',
    moreWarnings: '…ほか{{count}}件',
    add: '新しいレイヤーとして追加',
    replace: '「{{name}}」を置き換える',
    replaceHint: '置き換えると「{{name}}」の注釈は上書きされます。',
    cancel: 'キャンセル',
    added: '「{{name}}」を追加しました。',
    replaced: '「{{name}}」を置き換えました。',
  },
  shared: {
    heading: 'このリンクでレイヤーが共有されています',
    loading: '{{url}} からレイヤーを読み込んでいます…',
    cancel: 'キャンセル',
    failed: '{{url}} のレイヤーを読み込めませんでした。',
    details: '詳細：',
    retry: '再試行',
    dismiss: '閉じる',
    problem: {
      'invalid-address':
        'リンクにウェブアドレスが含まれていません。共有した人に正しいリンクを確認してください。',
      'not-http':
        '読み込めるのは http と https のアドレスだけです。ウェブサーバー上のファイルへのリンクをもらうか、ファイルを読み込んでください。',
      'blocked-by-policy':
        'このページのセキュリティポリシーにより、{{blocked}}（またはそのリダイレクト先）からは読み込めません。ナビゲーターがレイヤーを読み込むのは、自身のサイトと https のアドレスからだけです。https のリンクをもらうか、ファイルをダウンロードして読み込んでください。',
      cors: '{{origin}} のサーバーは、ほかのサイトにこのファイルの読み取りを許可していません。サーバーの管理者が許可する（Access-Control-Allow-Origin ヘッダー）か、ファイルをダウンロードして読み込んでください。',
      redirects:
        'このアドレスはリダイレクトされますが、ナビゲーターが読めるファイルに届きません。リダイレクトが多すぎるか、http・https 以外のアドレスに転送されています。ブラウザでアドレスを開いて転送先を確認してください。',
      unreachable:
        '{{origin}} からファイルが返ってきませんでした。サーバーに接続できないか、リダイレクトがファイルに届いていません。アドレスと接続を確認して、再試行してください。',
      offline: 'このブラウザはオフラインです。ネットワークに接続してから再試行してください。',
      'not-found':
        'このアドレスにファイルがありません（HTTP {{status}}）。共有した人にリンクを確認してください。',
      denied:
        'サーバーがファイルへのアクセスを拒否しました（HTTP {{status}}）。ナビゲーターにはできないログインが必要かもしれません。',
      'http-error': 'サーバーがエラーを返しました（HTTP {{status}}）。しばらくしてから再試行してください。',
      timeout:
        'サーバーが {{seconds}} 秒以内にファイルを送りませんでした。しばらくしてから再試行するか、ファイルをダウンロードして読み込んでください。',
      cancelled: '読み込みをキャンセルしました。',
      'too-large': 'ファイルが、レイヤーファイルの上限 {{limit}} を超えています。',
      'not-a-layer': 'このアドレスのファイルは、このナビゲーターのレイヤーファイルではありません。',
      'too-many-entries':
        'ファイルの項目数がレイヤーの上限（管理策 {{max}} 件、脅威 {{max}} 件）を超えているため、それ以上は読み込みませんでした。',
      invalid: 'レイヤーファイルですが、誤りがあります：',
    },
  },
  editor: {
    control: '注釈',
    threat: 'リスク評価',
    layer: 'レイヤー：{{name}}',
    firstEdit: '最初の注釈で、レイヤー「{{name}}」が作成されます。',
    defaultName: '自分たちのシステム',
    status: '状況',
    owner: '担当',
    note: 'メモ',
    noteHint: 'プレーンテキスト。書き出し時にエスケープされます。',
    likelihood: '発生可能性',
    impact: '影響',
    notRated: '未評価',
    risk: 'リスク {{score}}／25：{{level}}',
    riskUnrated: '発生可能性と影響の両方を評価すると、リスクが表示されます。',
  },
  likelihood: {
    '1': '1 – まれ',
    '2': '2 – 起こりにくい',
    '3': '3 – 起こり得る',
    '4': '4 – 起こりやすい',
    '5': '5 – ほぼ確実',
  },
  impact: {
    '1': '1 – ごく小さい',
    '2': '2 – 小さい',
    '3': '3 – 中程度',
    '4': '4 – 大きい',
    '5': '5 – 深刻',
  },
  riskLevel: {
    low: '低',
    medium: '中',
    high: '高',
    critical: '重大',
  },
  legend: {
    heading: '注釈',
    marks: 'グラフ上の印',
    risk: 'リスク「{{level}}」と評価された脅威',
  },
  status: {
    implemented: '実装済み',
    partial: '一部実装',
    planned: '計画中',
    'not-applicable': '適用外',
    unknown: '状況不明',
  },
  summary: {
    heading: 'リスク概要',
    noLayer:
      '使用中の注釈レイヤーがありません。表示中の管理策の実装状況を見るには、レイヤーを選ぶか作成してください。',
    implemented:
      '表示中の管理策{{applicable}}件のうち{{implemented}}件が実装済みです（{{share}}。適用外の{{notApplicable}}件を除く）。',
    byStatus: '表示中の管理策の状況',
    rated: '表示中の脅威{{total}}件のうち{{rated}}件を評価済みです。',
    uncovered_one: '実装済み・一部実装の管理策がない脅威：{{count}}件',
    uncovered_other: '実装済み・一部実装の管理策がない脅威：{{count}}件',
    byRisk: '評価済みの脅威（リスクの高い順）',
    coverage: '表示中の脅威ごとの対策状況',
    columns: {
      threat: '脅威',
      risk: 'リスク',
      controls: '管理策',
    },
    noThreats: '表示中の脅威はありません。',
  },
};

export const layerStrings: FeatureStrings<LayerStrings> = { ns: 'layers', en, ja };
