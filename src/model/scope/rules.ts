import type { LocalizedText, ScopeAnswers } from './questions';
import type { Citation } from './sources';

/** Where a threat stands for the system described by the answers. */
export type ScopeStatus = 'in-scope' | 'supplier' | 'out-of-scope';

/** `out-of-scope` outweighs `supplier`, which outweighs `in-scope`. */
export const SCOPE_STATUS_WEIGHT: Readonly<Record<ScopeStatus, number>> = {
  'in-scope': 0,
  supplier: 1,
  'out-of-scope': 2,
};

export interface ScopeRule {
  id: string;
  /** The rule applies when every one of these answers was given; an unanswered question never matches. */
  when: ScopeAnswers;
  effect: Exclude<ScopeStatus, 'in-scope'>;
  /** Threat and threat-group ids; a group stands for itself and everything in it. */
  threats: readonly string[];
  /** Ids (and everything in them) the rule leaves alone although `threats` covers them. */
  except?: readonly string[];
  /** Why, in our words: shown to explain a hidden or supplier threat. */
  reason: LocalizedText;
  /** The sentences of the source this rule implements. */
  sources: readonly [Citation, ...Citation[]];
}

const RISK_ANALYSIS_2024 = {
  source: 'overview-2024',
  section: 'How to select relevant threats and controls? risk analysis',
  url: 'https://owaspai.org/go/riskanalysis/',
} as const;

const THREAT_MODEL = {
  source: 'overview',
  section: '1. Identifying Risks - decision tree to threat model',
  url: 'https://owaspai.org/go/threatmodel/',
} as const;

/**
 * The AI Exchange's risk-analysis steps as data. docs/scope-rules.md explains each rule; tests cover each.
 * Development-time, training-data and model-IP threats of a model you do not train are the model maker's
 * (`supplier`); a threat that cannot occur or does no harm for the system described is `out-of-scope`.
 */
export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    id: 'no-training-development-time',
    when: { train: 'n' },
    effect: 'supplier',
    threats: ['developmenttime'],
    except: ['supplymodelpoison', 'datapoison', 'devdataleak'],
    reason: {
      en: 'Your supplier’s responsibility: you do not train or fine-tune the model, so its development is in their hands.',
      ja: '提供元の責任：モデルを学習・ファインチューニングしていないため、モデルの開発は提供元が担います。',
    },
    sources: [
      {
        ...RISK_ANALYSIS_2024,
        quote:
          'Ignore the development-time threats, with the exception of supply chain management: make sure the model you obtain is not manipulated, and genuine',
      },
      {
        ...RISK_ANALYSIS_2024,
        quote:
          'These are the responsbilities of the model maker, but be aware you may be effected by the unwanted results.',
      },
    ],
  },
  {
    id: 'no-training-no-augmentation-poisoning',
    when: { train: 'n', rag: 'n' },
    effect: 'supplier',
    threats: ['datapoison'],
    reason: {
      en: 'Your supplier’s responsibility: you neither train the model nor add data to its input, so the only data it learns from is theirs.',
      ja: '提供元の責任：モデルを学習せず、入力にデータも追加していないため、モデルが学ぶデータはすべて提供元のものです。',
    },
    sources: [
      { ...RISK_ANALYSIS_2024, quote: 'Ignore the data poisoning threat' },
      {
        ...RISK_ANALYSIS_2024,
        quote:
          'If you use RAG (Retrieval Augmented Generation), then treat the retrieval repository (including embeddings) just like training data.',
      },
    ],
  },
  {
    id: 'no-training-no-augmentation-data-confidentiality',
    when: { train: 'n', rag: 'n' },
    effect: 'supplier',
    threats: ['devdataleak', 'disclosureinoutput', 'modelinversionandmembership'],
    reason: {
      en: 'Your supplier’s responsibility: the training data is theirs, and you add no data of your own to the input.',
      ja: '提供元の責任：学習データは提供元のものであり、自分たちのデータを入力に追加していません。',
    },
    sources: [
      { ...RISK_ANALYSIS_2024, quote: 'Ignore the confidentiality of train data threats' },
      {
        ...THREAT_MODEL,
        quote:
          "If you don't train/finetune the model, then the supplier of the model is responsible, but not accountable per se, for unwanted content in the training data.",
      },
    ],
  },
  {
    id: 'no-training-model-ip',
    when: { train: 'n' },
    effect: 'supplier',
    threats: ['modelexfiltration', 'runtimemodelleak'],
    reason: {
      en: 'Your supplier’s responsibility: the model is their intellectual property, not yours.',
      ja: '提供元の責任：モデルは提供元の知的財産であり、自分たちのものではありません。',
    },
    sources: [{ ...RISK_ANALYSIS_2024, quote: 'Ignore the confidentiality of model IP threats' }],
  },
  {
    id: 'data-not-sensitive',
    when: { datasens: 'n' },
    effect: 'out-of-scope',
    threats: ['devdataleak', 'disclosureinoutput', 'augmentationdataleak'],
    reason: {
      en: 'Out of scope: neither the training data nor the data added to the input is sensitive, so its leaking does no harm.',
      ja: '対象外：学習データも入力に追加するデータも機微ではないため、漏えいしても害はありません。',
    },
    sources: [
      {
        ...RISK_ANALYSIS_2024,
        quote: 'If your train data is not sensitive: ignore the confidentiality of train data threats.',
      },
      {
        ...THREAT_MODEL,
        quote:
          'Yes: apply the above to your augmentation data, as if it was part of the training set: as the repository data feeds into the model and can therefore be part of the output as well.',
      },
    ],
  },
  {
    id: 'data-and-membership-not-sensitive',
    when: { datasens: 'n', member: 'n' },
    effect: 'out-of-scope',
    threats: ['modelinversionandmembership'],
    reason: {
      en: 'Out of scope: the training data is not sensitive, and neither is the fact that someone is in it.',
      ja: '対象外：学習データは機微ではなく、ある人がそこに含まれるという事実も機微ではありません。',
    },
    sources: [
      {
        ...RISK_ANALYSIS_2024,
        quote:
          'A special case is the threat of membership inference: this threat only applies when the fact that a person was part of the training set is harmful information about the person, for example when the trainset consists of criminals and their history to predict criminal careers: membership of that set gives away the person is a convicted or aledged criminal.',
      },
    ],
  },
  {
    id: 'genai-no-evasion-or-inversion',
    when: { genai: 'y' },
    effect: 'out-of-scope',
    threats: ['evasion', 'modelinversionandmembership'],
    reason: {
      en: 'Out of scope: for a generative AI model, evasion and model inversion are of little or no concern.',
      ja: '対象外：生成AIモデルでは、回避攻撃とモデル反転の懸念はほとんどありません。',
    },
    sources: [
      {
        ...RISK_ANALYSIS_2024,
        quote: 'If your model is a GenAI model, ignore the following threats: evasion, model inversion.',
      },
      {
        source: 'overview',
        section: 'How about Generative AI (e.g. LLM)?',
        url: 'https://owaspai.org/go/genai/',
        quote: 'Model inversion and membership inference are typically low to zero risks for GenAI.',
      },
    ],
  },
  {
    id: 'genai-not-llm',
    when: { genai: 'y', llm: 'n' },
    effect: 'out-of-scope',
    threats: ['directpromptinjection', 'indirectpromptinjection', 'outputcontainsconventionalinjection'],
    reason: {
      en: 'Out of scope: the model is generative but not a language model, so it takes no prompts to inject into and writes no text to inject with.',
      ja: '対象外：生成AIですが言語モデルではないため、指示を注入するプロンプトも、注入に使われるテキスト出力もありません。',
    },
    sources: [
      {
        ...RISK_ANALYSIS_2024,
        quote: 'Also ignore prompt injection and insecure output handling if your GenAI model is NOT an LLM',
      },
    ],
  },
  {
    id: 'not-genai',
    when: { genai: 'n' },
    effect: 'out-of-scope',
    threats: ['directpromptinjection', 'indirectpromptinjection', 'outputcontainsconventionalinjection'],
    reason: {
      en: 'Out of scope: the model is not generative AI, so it follows no instructions in its input and writes no free text.',
      ja: '対象外：生成AIではないため、モデルは入力中の指示に従わず、自由なテキストも出力しません。',
    },
    sources: [
      {
        ...RISK_ANALYSIS_2024,
        quote:
          'If your model is not a GenAI model, ignore (direct) prompt injection, and insecure output handling',
      },
    ],
  },
  {
    id: 'no-untrusted-data-in-input',
    when: { rag: 'n', agentic: 'n' },
    effect: 'out-of-scope',
    threats: ['indirectpromptinjection'],
    reason: {
      en: 'Out of scope: no data besides the user’s own input reaches the model, so nobody else can plant instructions in it.',
      ja: '対象外：利用者自身の入力以外のデータがモデルに届かないため、第三者が指示を仕込む余地がありません。',
    },
    sources: [
      {
        ...THREAT_MODEL,
        quote:
          "Consider the threat of indirect prompt injection when your system inserts untrusted data in a prompt e.g. you retrieve somebody's resume and include it in a prompt, or an agent retrieves data that is untrusted (i.e. may have been manipulated or placed by an attacker).",
      },
    ],
  },
  {
    id: 'no-augmentation',
    when: { rag: 'n' },
    effect: 'out-of-scope',
    threats: ['augmentationdatamanipulation', 'augmentationdataleak'],
    reason: {
      en: 'Out of scope: you add no data to the model’s input, so there is no augmentation data to alter or leak.',
      ja: '対象外：モデルの入力にデータを追加していないため、改ざんや漏えいの対象となる検索拡張（RAG）データがありません。',
    },
    sources: [
      {
        ...THREAT_MODEL,
        quote:
          'Consider the threat of augmentation data manipulation as this data plays a role in determining the model behaviour.',
      },
      {
        ...THREAT_MODEL,
        quote:
          'Is this augmentation data stored in a database for the purpose of the AI system (e.g., a vector database)? If Yes: you need to protect against direct augmentation data leak.',
      },
    ],
  },
  {
    id: 'provider-runs-model',
    when: { host: 'provider' },
    effect: 'supplier',
    threats: ['runtimemodelpoison', 'runtimemodelleak'],
    reason: {
      en: 'Your supplier’s responsibility: they run the model, so protecting the deployed model is theirs; seek assurance that they do.',
      ja: '提供元の責任：モデルを稼働させているのは提供元であり、デプロイされたモデルの保護は提供元が担います。その保証を求めてください。',
    },
    sources: [
      {
        ...THREAT_MODEL,
        quote:
          'The supplier runs the model: select a trustworthy supplier through supply chain management, to make sure the deployed model cannot be manipulated through (runtime model poisoning) - just the way you would expect any supplier to protect their running application from manipulation.',
      },
      {
        source: 'overview-2024',
        section: 'How to select relevant threats and controls? risk analysis',
        url: 'https://owaspai.org/go/riskanalysis/',
        quote:
          'If components of your AI system are hosted, then you share responsibility regarding all controls for the relevant threats with the hosting provider.',
      },
    ],
  },
  {
    id: 'input-not-sensitive',
    when: { inputsens: 'n' },
    effect: 'out-of-scope',
    threats: ['inputdataleak'],
    reason: {
      en: 'Out of scope: the input is not sensitive, so its leaking does no harm.',
      ja: '対象外：入力は機微ではないため、漏えいしても害はありません。',
    },
    sources: [
      { ...RISK_ANALYSIS_2024, quote: 'If your input data is not sensitive, ignore ‘leaking input data’.' },
    ],
  },
  {
    id: 'not-agentic',
    when: { agentic: 'n' },
    effect: 'out-of-scope',
    threats: ['agentescape', 'agentmessagestructuremanipulation'],
    reason: {
      en: 'Out of scope: the model triggers no actions, so there is no agent to escape its bounds or to receive forged messages.',
      ja: '対象外：モデルは操作を実行しないため、範囲を逸脱するエージェントも、偽造メッセージを受け取るエージェントも存在しません。',
    },
    sources: [
      {
        source: 'runtime-threats',
        section: '4.8. Agent escape',
        url: 'https://owaspai.org/go/agentescape/',
        quote:
          'Agent escape is when an autonomous agent operates outside its defined security boundary — invoking tools it is not authorised to use, accessing systems outside its scope, or taking actions beyond its assigned task.',
      },
      {
        source: 'input-threats',
        section: '2.2.3 Agent message structure manipulation',
        url: 'https://owaspai.org/go/agentmessagestructuremanipulation/',
        quote:
          'This threat applies to multi-agent systems and to single agentic flows (for example a RAG agent that treats tool output or planner steps as trusted structured input).',
      },
    ],
  },
];
