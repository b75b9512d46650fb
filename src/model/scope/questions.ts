import type { Language } from '../vocabulary';

import { type AnswerOf, answersMatch, type QuestionId, type ScopeAnswers } from './answerOptions';

// The answers and their checks live apart from the questions' wording, which only the questionnaire needs.
export {
  ANSWER_OPTIONS,
  type AnswerOf,
  answersMatch,
  isAnswer,
  isQuestionId,
  normalizeAnswers,
  QUESTION_IDS,
  type QuestionId,
  type ScopeAnswers,
} from './answerOptions';

/** Text in every language of the app. */
export type LocalizedText = Readonly<Record<Language, string>>;

export interface AnswerOption<Q extends QuestionId = QuestionId> {
  value: AnswerOf<Q>;
  label: LocalizedText;
}

export interface ScopeQuestion<Q extends QuestionId = QuestionId> {
  id: Q;
  text: LocalizedText;
  /** One line on what the answer changes. */
  why: LocalizedText;
  options: readonly AnswerOption<Q>[];
  /** Ask only when these answers were given (a follow-up question); otherwise always. */
  askWhen?: ScopeAnswers;
}

const yes: LocalizedText = { en: 'Yes', ja: 'はい' };
const no: LocalizedText = { en: 'No', ja: 'いいえ' };
const yesNo = (yesLabel = yes, noLabel = no) =>
  [
    { value: 'y', label: yesLabel },
    { value: 'n', label: noLabel },
  ] as const;

export const QUESTIONS: readonly ScopeQuestion[] = [
  {
    id: 'train',
    text: {
      en: 'Do you train or fine-tune the model yourselves?',
      ja: 'モデルを自分たちで学習またはファインチューニングしていますか？',
    },
    why: {
      en: 'If a supplier trained it, most development-time threats are theirs to handle — but a tampered model can still reach you through the supply chain.',
      ja: '学習を提供元が行う場合、開発時の脅威の多くは提供元が対処します。ただし、改ざんされたモデルがサプライチェーン経由で届く脅威は残ります。',
    },
    options: yesNo(
      { en: 'Yes, we train or fine-tune it', ja: 'はい、学習・ファインチューニングしている' },
      { en: 'No, we use a ready-made model', ja: 'いいえ、既製のモデルを使っている' },
    ),
  },
  {
    id: 'host',
    text: { en: 'Who runs the model?', ja: 'モデルを稼働させているのは誰ですか？' },
    why: {
      en: 'When a provider hosts the model, keeping the running model from being altered or copied is their job; yours is to get assurance that they do it.',
      ja: '提供元がモデルをホストしている場合、稼働中のモデルの改ざんや複製を防ぐのは提供元です。自分たちの役割は、それが行われていることの保証を得ることです。',
    },
    options: [
      { value: 'self', label: { en: 'We do (self-hosted)', ja: '自分たち（セルフホスト）' } },
      { value: 'provider', label: { en: 'A provider hosts it', ja: '提供元がホストしている' } },
    ],
  },
  {
    id: 'genai',
    text: { en: 'Is it a generative AI model?', ja: '生成AIのモデルですか？' },
    why: {
      en: 'Generative models add prompt-based threats, while evasion and model inversion matter little for them.',
      ja: '生成AIモデルではプロンプトを介した脅威が加わる一方、回避攻撃やモデル反転の重要度は低くなります。',
    },
    options: yesNo(
      { en: 'Yes, generative AI', ja: 'はい、生成AI' },
      { en: 'No, predictive or rule-based', ja: 'いいえ、予測型またはルールベース' },
    ),
  },
  {
    id: 'llm',
    text: { en: 'Is it a large language model (LLM)?', ja: '大規模言語モデル（LLM）ですか？' },
    why: {
      en: 'Prompt injection and injection through the output concern models that read and write text.',
      ja: 'プロンプトインジェクションや出力を介したインジェクションは、テキストを読み書きするモデルに関わる脅威です。',
    },
    options: yesNo(),
    askWhen: { genai: 'y' },
  },
  {
    id: 'rag',
    text: {
      en: "Do you add data to the model's input — retrieved documents (RAG), agent memory or system prompts?",
      ja: 'モデルの入力にデータを追加していますか（検索で取得した文書（RAG）、エージェントのメモリ、システムプロンプトなど）？',
    },
    why: {
      en: 'Added data steers the output much like training data, so it can be tampered with or leak.',
      ja: '追加したデータは学習データと同じように出力を左右するため、改ざんや漏えいの対象になります。',
    },
    options: yesNo(),
  },
  {
    id: 'agentic',
    text: {
      en: 'Can the model trigger actions — tool or API calls, or other agents?',
      ja: 'モデルが操作を実行できますか（ツールやAPIの呼び出し、他のエージェントの起動など）？',
    },
    why: {
      en: 'Actions raise the stakes of a manipulated model and bring agent threats such as breaking out of its allowed scope.',
      ja: '操作ができると、モデルが操られた場合の影響が大きくなり、許可された範囲からの逸脱などエージェント特有の脅威が加わります。',
    },
    options: yesNo(),
  },
  {
    id: 'datasens',
    text: {
      en: "Is the training data, or the data added to the model's input, sensitive?",
      ja: '学習データ、またはモデルの入力に追加するデータは機微ですか？',
    },
    why: {
      en: 'If none of that data is confidential, the threats of it leaking fall away.',
      ja: 'これらのデータに機密性がなければ、その漏えいに関する脅威は対象外になります。',
    },
    options: yesNo(),
  },
  {
    id: 'member',
    text: {
      en: 'Would it harm people if others learned that they are in the training data?',
      ja: 'ある人が学習データに含まれていると知られることが、その人の害になりますか？',
    },
    why: {
      en: 'Membership inference matters only when being in the data set reveals something, as with a set of patients.',
      ja: 'メンバーシップ推論が問題になるのは、患者のデータのように、データセットに含まれること自体が何かを明かす場合に限られます。',
    },
    options: yesNo(),
    askWhen: { datasens: 'n' },
  },
  {
    id: 'inputsens',
    text: {
      en: 'Is the input sensitive — prompts, uploaded files, retrieved documents?',
      ja: '入力（プロンプト、アップロードされたファイル、検索で取得した文書）は機微ですか？',
    },
    why: {
      en: 'Sensitive input needs protection wherever it goes, above all when a provider runs the model.',
      ja: '機微な入力は、経路のどこでも保護が必要です。提供元がモデルを稼働させている場合は特にそうです。',
    },
    options: yesNo(),
  },
];

/** A follow-up question is asked once the answers it depends on are given. */
export function isQuestionAsked(question: ScopeQuestion, answers: ScopeAnswers): boolean {
  return !question.askWhen || answersMatch(answers, question.askWhen);
}
