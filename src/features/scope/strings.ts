import type { FeatureStrings } from './featureStrings';

/** Strings of "Scope my system" and of the scope lines in the details panel. */
const en = {
  heading: 'Scope my system',
  intro:
    'Answer what you know about your AI system. Each answer sets aside the threats that cannot occur in it, or marks those a supplier has to handle. A question left unanswered sets nothing aside.',
  questions: 'Questions about your system',
  notSure: 'Not sure',
  whyLabel: 'Why it matters:',
  followUp: 'Asked because of your previous answer.',
  reset: 'Reset answers',
  result: 'Result',
  summary:
    'Of {{total}} threats (groups not counted), {{shown}} stay in view: {{inScope}} in scope and {{supplier}} a supplier’s responsibility. Set aside as out of scope: {{outOfScope}}.',
  noAnswers: 'No question is answered yet, so every threat is in scope.',
  status: {
    'in-scope': 'In scope',
    supplier: 'Supplier’s responsibility',
    'out-of-scope': 'Out of scope',
  },
  statusMeaning: {
    'in-scope': 'The threat applies and is yours to treat.',
    supplier:
      'The threat applies, but the model maker or provider treats it; yours is to get assurance that they do.',
    'out-of-scope': 'The threat cannot occur, or does no harm, in the system you described.',
  },
  listHeading_one: '{{status}}: {{count}} threat',
  listHeading_other: '{{status}}: {{count}} threats',
  listEmpty: 'None.',
  setAsideWith: 'Set aside with them',
  setAsideWithIntro:
    'A control or Top 10 item leaves the views when every threat it is linked to is set aside (general controls stay).',
  setAsideControls: 'Controls set aside: {{count}}',
  setAsideTop10: 'Top 10 items set aside: {{count}}',
  because: {
    controls: 'Mitigates only threats set aside: {{threats}}',
    top10: 'Maps only to threats set aside: {{threats}}',
  },
  rules: 'Rules applied',
  rulesIntro: 'Each rule follows sentences of the OWASP AI Exchange risk analysis, quoted below it.',
  rulesNone: 'No rule applies to these answers yet.',
  readSource: 'Read in the AI Exchange:',
  opensInNewTab: '(opens in a new tab)',
  explanation: 'Scope of your system',
  setAside: '{{list}} set aside by your scope',
  setAsideCount: {
    threats_one: '{{count}} threat',
    threats_other: '{{count}} threats',
    controls_one: '{{count}} control',
    controls_other: '{{count}} controls',
    top10_one: '{{count}} Top 10 item',
    top10_other: '{{count}} Top 10 items',
  },
};

type ScopeStrings = typeof en;

const ja: ScopeStrings = {
  heading: 'システムのスコープ設定',
  intro:
    'AIシステムについて分かっていることに答えてください。回答に応じて、そのシステムでは起こり得ない脅威を除外し、提供元が対処すべき脅威に印を付けます。答えていない質問は何も除外しません。',
  questions: 'システムについての質問',
  notSure: '分からない',
  whyLabel: '重要な理由：',
  followUp: '前の回答に応じて表示される質問です。',
  reset: '回答をリセット',
  result: '結果',
  summary:
    '脅威{{total}}件（グループは数えていません）のうち{{shown}}件を表示します（対象{{inScope}}件、提供元の責任{{supplier}}件）。対象外の{{outOfScope}}件は除外します。',
  noAnswers: 'まだどの質問にも答えていないため、すべての脅威が対象です。',
  status: {
    'in-scope': '対象',
    supplier: '提供元の責任',
    'out-of-scope': '対象外',
  },
  statusMeaning: {
    'in-scope': 'この脅威は該当し、自分たちで対処します。',
    supplier:
      'この脅威は該当しますが、対処するのはモデルの開発元や提供元です。自分たちの役割は、対処されていることの保証を得ることです。',
    'out-of-scope': '回答されたシステムでは、この脅威は起こり得ないか、害を及ぼしません。',
  },
  listHeading_one: '{{status}}：{{count}}件の脅威',
  listHeading_other: '{{status}}：{{count}}件の脅威',
  listEmpty: 'ありません。',
  setAsideWith: 'あわせて除外されるもの',
  setAsideWithIntro:
    '管理策と Top 10 項目は、関係するすべての脅威が除外されると、各ビューから除外されます（一般的な管理策は残ります）。',
  setAsideControls: '除外される管理策：{{count}}件',
  setAsideTop10: '除外される Top 10 項目：{{count}}件',
  because: {
    controls: '除外された脅威だけに対する管理策です：{{threats}}',
    top10: '除外された脅威だけに対応します：{{threats}}',
  },
  rules: '適用されたルール',
  rulesIntro:
    '各ルールは OWASP AI Exchange のリスク分析の文に基づいています。その文をルールの下に引用しています。',
  rulesNone: 'これらの回答に適用されるルールはまだありません。',
  readSource: 'AI Exchange で読む：',
  opensInNewTab: '（新しいタブで開きます）',
  explanation: 'システムのスコープ',
  setAside: 'スコープにより{{list}}を除外',
  setAsideCount: {
    threats_one: '脅威 {{count}} 件',
    threats_other: '脅威 {{count}} 件',
    controls_one: '管理策 {{count}} 件',
    controls_other: '管理策 {{count}} 件',
    top10_one: 'Top 10 項目 {{count}} 件',
    top10_other: 'Top 10 項目 {{count}} 件',
  },
};

export const scopeStrings: FeatureStrings<ScopeStrings> = { ns: 'scope', en, ja };
