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
    'Of {{total}} threats: in scope {{inScope}}, a supplier’s responsibility {{supplier}}, out of scope {{outOfScope}}.',
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
  rules: 'Rules applied',
  rulesIntro: 'Each rule follows sentences of the OWASP AI Exchange risk analysis, quoted below it.',
  rulesNone: 'No rule applies to these answers yet.',
  readSource: 'Read “{{section}}”',
  opensInNewTab: '(opens in a new tab)',
  explanation: 'Scope of your system',
  hiddenByScope_one: '{{count}} hidden by your scope',
  hiddenByScope_other: '{{count}} hidden by your scope',
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
    '{{total}}件の脅威のうち、対象は{{inScope}}件、提供元の責任は{{supplier}}件、対象外は{{outOfScope}}件です。',
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
  rules: '適用されたルール',
  rulesIntro:
    '各ルールは OWASP AI Exchange のリスク分析の文に基づいています。その文をルールの下に引用しています。',
  rulesNone: 'これらの回答に適用されるルールはまだありません。',
  readSource: '「{{section}}」を読む',
  opensInNewTab: '（新しいタブで開きます）',
  explanation: 'システムのスコープ',
  hiddenByScope_one: 'スコープにより{{count}}件を非表示',
  hiddenByScope_other: 'スコープにより{{count}}件を非表示',
};

export const scopeStrings: FeatureStrings<ScopeStrings> = { ns: 'scope', en, ja };
