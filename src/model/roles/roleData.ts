import { LLM_EDITIONS, llmItemId } from '../editions';

import { ROLE_TITLES } from './roleTitles';
import type { Role } from './roleTypes';

/** Every item of every LLM Top 10 edition. */
const ALL_LLM_ITEMS = LLM_EDITIONS.flatMap((edition) =>
  Array.from({ length: 10 }, (_, i) => llmItemId(`LLM${String(i + 1).padStart(2, '0')}`, edition)),
);

/**
 * The six roles the OWASP ML Security Top 10 addresses ("How various roles can use this document"), and what
 * each acts on in the navigator. docs/roles.md explains the choices; a test checks every id against the data.
 * An LLM Top 10 entry is named in each edition, so the marks follow the edition shown.
 */
export const ROLES: readonly Role[] = [
  {
    id: 'ml-engineer',
    title: ROLE_TITLES['ml-engineer'],
    howTo: {
      en: 'Start with the threats to the model itself: evasion, poisoning, and training data leaking through its answers. For each, open the development-time AI engineer controls — adversarial training, robust models, data quality, smaller models — and decide which fit your training pipeline. Turn the attack descriptions into tests of how well the model holds up, and record per control in an annotation layer what is implemented, so the rest of the team can see it.',
      ja: 'まずモデルそのものに対する脅威、すなわち回避攻撃、ポイズニング、応答を通じた学習データの漏えいから始める。それぞれについて開発時のAIエンジニア向け管理策（敵対的学習、頑健なモデル、データ品質、小さなモデルなど）を開き、自分の学習パイプラインに合うものを見極める。攻撃の説明はモデルの耐性を確かめるテストに落とし込み、何を実装したかを注釈レイヤーに管理策ごとに記録して、チームの他のメンバーにも見えるようにする。',
    },
    focus: [
      {
        ids: ['evasion', 'datapoison', 'modelinversionandmembership', 'disclosureinoutput'],
        why: {
          en: 'Threats to the model itself that choices made in training can reduce.',
          ja: '学習時の選択によって軽減できる、モデルそのものへの脅威である。',
        },
      },
      {
        ids: [
          'evasionrobustmodel',
          'trainadversarial',
          'adversarialrobustdistillation',
          'inputdistortion',
          'evasioninputhandling',
          'anomalousinputhandling',
        ],
        why: {
          en: 'Defences against evasion that live in the model or just in front of it.',
          ja: 'モデルの内部、またはその直前に置く回避攻撃への防御である。',
        },
      },
      {
        ids: [
          'poisonrobustmodel',
          'moretraindata',
          'traindatadistortion',
          'modelensemble',
          'dataqualitycontrol',
        ],
        why: {
          en: 'Ways to make the model withstand poisoned data.',
          ja: 'ポイズニングされたデータに耐えるモデルを作る手段である。',
        },
      },
      {
        ids: ['smallmodel', 'obfuscatetrainingdata', 'federatedlearning'],
        why: {
          en: 'Limit what the model can give away about its training data.',
          ja: 'モデルが学習データについて明かしうる情報を抑える。',
        },
      },
      {
        ids: ['continuousvalidation', 'unwantedbiastesting', 'modelalignment', 'explainability'],
        why: {
          en: 'Checks that show whether the model still behaves as intended.',
          ja: 'モデルが意図どおりに振る舞い続けているかを確かめる検証である。',
        },
      },
      {
        ids: ['ML01', 'ML02', 'ML03', 'ML04', 'ML07', 'ML08', 'ML10'],
        why: {
          en: 'The ML Top 10 entries about the model and how it is trained.',
          ja: 'モデルとその学習に関するML Top 10の項目である。',
        },
      },
    ],
    tools: ['scope', 'layers', 'ml-top10'],
  },
  {
    id: 'data-engineer',
    title: ROLE_TITLES['data-engineer'],
    howTo: {
      en: 'Your part is the data: where training and augmentation data come from, who can change it and who can read it. Look first at data poisoning and the development-time data leak; if you feed a retrieval index or agent memory, add augmentation data manipulation and leaks. The data quality, segregation and minimisation controls are yours to build into the pipelines. Use the risk ratings of an annotation layer to show which data stores need the strongest protection.',
      ja: '担当するのはデータである。学習データや検索拡張（RAG）データがどこから来るのか、誰が変更でき、誰が読めるのかを押さえる。まずデータポイズニングと開発時のデータ漏えいを確認し、検索用のインデックスやエージェントのメモリにデータを供給しているなら、検索拡張（RAG）データの改ざんと漏えいも確認する。データ品質、データの分離、データ最小化の管理策は、パイプラインに組み込むべきものである。注釈レイヤーのリスク評価を使い、どのデータストアに最も強い保護が必要かを示すとよい。',
    },
    focus: [
      {
        ids: ['datapoison', 'devdataleak'],
        why: {
          en: 'Attacks on training data in the pipeline and where it is stored.',
          ja: 'パイプライン上および保存先にある学習データへの攻撃である。',
        },
      },
      {
        ids: ['augmentationdatamanipulation', 'augmentationdataleak', 'inputdataleak'],
        why: {
          en: 'The same risks for retrieval indexes, agent memory and logged input.',
          ja: '検索用インデックス、エージェントのメモリ、記録された入力にも同じリスクがある。',
        },
      },
      {
        ids: ['dataqualitycontrol', 'segregatedata', 'devsecurity', 'supplychainmanage'],
        why: {
          en: 'Keep data correct, separated, and from sources you trust.',
          ja: 'データを正確に保ち、分離し、信頼できる出所から得るための管理策である。',
        },
      },
      {
        ids: ['datalimit'],
        why: {
          en: 'Hold no more sensitive data, for no longer, than the task needs.',
          ja: '機微なデータを、業務に必要な量と期間を超えて保持しないための管理策である。',
        },
      },
      {
        ids: ['augmentationdataintegrity', 'augmentationdataconfidentiality', 'modelinputconfidentiality'],
        why: {
          en: 'Protect augmentation data and input where they are stored and sent.',
          ja: '検索拡張（RAG）データと入力を、保存時と送信時に保護する。',
        },
      },
      {
        // The LLM item in each edition: LLM05:2026 and LLM04:2025 carry over LLM03:2023.
        ids: ['ML02', 'LLM05:2026', 'LLM04:2025', 'LLM03:2023'],
        why: {
          en: 'The Top 10 entries about poisoned data.',
          ja: 'データポイズニングに関するTop 10の項目である。',
        },
      },
    ],
    tools: ['scope', 'layers'],
  },
  {
    id: 'mlops',
    title: ROLE_TITLES['mlops'],
    howTo: {
      en: 'Follow the model from the training environment to production. Development-environment and supply-chain controls protect what you build and what you take in; runtime integrity and confidentiality controls protect the deployed model; monitoring, rate limits and resource limits keep it in check while it runs. Scope the system first: when a provider hosts the model, several runtime threats are theirs, and your task becomes getting assurance from them.',
      ja: '学習環境から本番環境まで、モデルの流れを追う。開発環境とサプライチェーンの管理策は、自分たちが作るものと外部から取り込むものを守る。実行時の完全性と機密性の管理策はデプロイされたモデルを守り、監視、レート制限、リソース制限は稼働中のモデルを制御下に置く。最初にシステムのスコープを設定するとよい。提供元がモデルをホストしているなら、実行時の脅威のいくつかは提供元の責任となり、自分たちの仕事は提供元から保証を得ることになる。',
    },
    focus: [
      {
        ids: ['supplymodelpoison', 'devmodelpoison', 'runtimemodelpoison'],
        why: {
          en: 'Tampering with the model on its way to production and once it is there.',
          ja: '本番環境へ移るまで、そして本番環境に置かれた後のモデルの改ざんである。',
        },
      },
      {
        ids: ['devmodelleak', 'runtimemodelleak', 'modelexfiltration'],
        why: {
          en: 'Theft of the model from the environments you operate.',
          ja: '自分たちが運用する環境からのモデルの窃取である。',
        },
      },
      {
        ids: ['airesourceexhaustion'],
        why: {
          en: 'Overuse that slows the service down or runs up its cost.',
          ja: 'サービスを遅くし、コストを膨らませる過剰な利用である。',
        },
      },
      {
        ids: ['devsecurity', 'supplychainmanage', 'confcompute'],
        why: {
          en: 'Secure the pipeline and everything that enters it.',
          ja: 'パイプラインと、そこに入るすべてのものを守る。',
        },
      },
      {
        ids: [
          'runtimemodelintegrity',
          'runtimemodeliointegrity',
          'runtimemodelconfidentiality',
          'modelobfuscation',
        ],
        why: { en: 'Protect the deployed model.', ja: 'デプロイされたモデルを守る。' },
      },
      {
        ids: ['monitoruse', 'ratelimit', 'modelaccesscontrol', 'limitresources', 'continuousvalidation'],
        why: {
          en: 'Watch the model in operation and limit its use.',
          ja: '稼働中のモデルを監視し、その利用を制限する。',
        },
      },
      {
        ids: ['ML05', 'ML06', 'ML10'],
        why: {
          en: 'The ML Top 10 entries about model theft and the supply chain.',
          ja: 'モデルの窃取とサプライチェーンに関するML Top 10の項目である。',
        },
      },
    ],
    tools: ['scope', 'layers', 'export-checklist'],
  },
  {
    id: 'developer',
    title: ROLE_TITLES['developer'],
    howTo: {
      en: 'You write the code around the model, and that is where most input and output threats are stopped. Treat everything the model reads — prompts, retrieved documents, tool results — as untrusted, and everything it writes as well: encode output before it reaches a browser, a shell or a database. Give the model and its agents the least privilege that still works, and keep a person or a rule in the loop for actions that matter. The checklist export turns the controls you own into tickets.',
      ja: 'モデルを取り巻くコードを書くのは開発者であり、入力と出力に関わる脅威の多くはそこで止められる。モデルが読むもの（プロンプト、検索で取得した文書、ツールの結果）はすべて信頼できないものとして扱い、モデルが書き出すものも同様に扱う。出力は、ブラウザ、シェル、データベースに渡す前にエンコードする。モデルとエージェントには動作に必要な最小限の権限だけを与え、重要な操作には人間またはルールによる確認を挟む。担当する管理策は、チェックリストとして書き出せばそのままチケットにできる。',
    },
    focus: [
      {
        ids: ['promptinjection'],
        why: {
          en: "Instructions smuggled into the model's input.",
          ja: 'モデルの入力に紛れ込ませた指示である。',
        },
      },
      {
        ids: ['outputcontainsconventionalinjection', 'agentescape', 'inputdataleak'],
        why: {
          en: "Harm that passes through the code handling the model's output, actions and input.",
          ja: 'モデルの出力、操作、入力を扱うコードを通じて生じる被害である。',
        },
      },
      {
        ids: [
          'promptinjectioniohandling',
          'inputsegregation',
          'encodemodeloutput',
          'sensitiveoutputhandling',
          'dosinputvalidation',
          'modelinputconfidentiality',
        ],
        why: {
          en: 'Input and output handling that you write.',
          ja: '開発者自身が実装する入出力の処理である。',
        },
      },
      {
        ids: ['leastmodelprivilege', 'oversight', 'agentsandboxing', 'modelaccesscontrol'],
        why: {
          en: 'Limit what the model and its agents can do.',
          ja: 'モデルとエージェントにできることを制限する。',
        },
      },
      {
        ids: ['secdevprogram'],
        why: {
          en: 'Secure development practice that covers the AI parts too.',
          ja: 'AIの部分も含めたセキュアな開発の実践である。',
        },
      },
      {
        // Prompt injection, output handling, agency and plug-ins, and (from 2025) what hides in the context.
        ids: [
          ...['LLM01:2026', 'LLM10:2026', 'LLM03:2026', 'LLM08:2026'],
          ...['LLM01:2025', 'LLM05:2025', 'LLM06:2025', 'LLM07:2025'],
          ...['LLM01:2023', 'LLM02:2023', 'LLM07:2023', 'LLM08:2023'],
        ],
        why: {
          en: 'The LLM Top 10 entries about the application around the model.',
          ja: 'モデルを取り巻くアプリケーションに関するLLM Top 10の項目である。',
        },
      },
    ],
    tools: ['scope', 'llm-top10', 'export-checklist'],
  },
  {
    id: 'pentester',
    title: ROLE_TITLES['pentester'],
    howTo: {
      en: 'Use the input threats as a test plan: each is a way in through ordinary use of the system — evasion, prompt injection, data disclosure, model theft, resource exhaustion — and the output and agent threats show what a successful attack can reach. The controls listed with each threat tell you which defences to expect and try to get past. Record findings as risk ratings in an annotation layer, using the Top 10 risk factors for threat modelling; the checklist and CSV exports turn them into tickets and reports.',
      ja: '入力を通じた脅威をそのままテスト計画として使う。回避攻撃、プロンプトインジェクション、データの開示、モデルの窃取、リソースの枯渇は、いずれもシステムを普通に利用するだけで試せる侵入経路である。出力とエージェントに関わる脅威は、攻撃が成功した場合に何へ到達できるかを示す。各脅威に挙げられた管理策から、存在するはずの防御と、突破を試みるべき対象がわかる。発見事項はTop 10のリスク要因を脅威モデリングに用いて、注釈レイヤーのリスク評価として記録する。チェックリストやCSVとして書き出せば、チケットや報告書になる。',
    },
    focus: [
      {
        ids: ['inputthreats'],
        why: {
          en: 'Attacks through ordinary use of the system: your test plan.',
          ja: 'システムの普通の利用を通じた攻撃であり、これがテスト計画になる。',
        },
      },
      {
        ids: ['outputcontainsconventionalinjection', 'agentescape', 'augmentationdatamanipulation'],
        why: {
          en: 'What a successful attack can reach beyond the model.',
          ja: '攻撃が成功した場合に、モデルの外で到達できるものである。',
        },
      },
      {
        ids: [
          'monitoruse',
          'ratelimit',
          'modelaccesscontrol',
          'promptinjectioniohandling',
          'oversight',
          'leastmodelprivilege',
        ],
        why: {
          en: 'Defences you should expect to find, and try to get past.',
          ja: '存在するはずの防御であり、突破を試みる対象である。',
        },
      },
      {
        ids: [
          'ML01',
          'ML02',
          'ML03',
          'ML04',
          'ML05',
          'ML06',
          'ML07',
          'ML08',
          'ML09',
          'ML10',
          ...ALL_LLM_ITEMS,
        ],
        why: {
          en: 'The Top 10 lists, whose risk factors feed a threat model.',
          ja: 'Top 10の一覧であり、そのリスク要因は脅威モデリングに使える。',
        },
      },
    ],
    tools: ['scope', 'layers', 'export-checklist', 'export-csv', 'ml-top10', 'llm-top10'],
  },
  {
    id: 'ciso',
    title: ROLE_TITLES['ciso'],
    howTo: {
      en: 'Start with the governance controls: an AI programme, the security programme extended to AI assets, secure development, compliance checks and training. Then scope your systems to see which threats remain yours and which belong to suppliers, and use annotation layers to track an owner and a status for each control. The risk overview — coverage per threat and the share of controls implemented — is the basis for reporting and for deciding where to invest next.',
      ja: 'まずガバナンスの管理策から始める。AIプログラム、AI資産を含めるよう拡張したセキュリティプログラム、セキュアな開発、コンプライアンスの確認、教育である。次にシステムのスコープを設定し、どの脅威が自組織の責任として残り、どれが提供元の責任なのかを把握する。注釈レイヤーでは、管理策ごとに担当者と状況を追跡する。脅威ごとの対策状況と実装済みの管理策の割合を示すリスク概要が、報告と次の投資先を決める判断の基礎となる。',
    },
    focus: [
      {
        ids: ['governancecontrols'],
        why: {
          en: 'Governance: the programmes, compliance and training the organisation runs.',
          ja: 'ガバナンス：組織が運営するプログラム、コンプライアンス、教育である。',
        },
      },
      {
        ids: ['aitransparency', 'oversight'],
        why: {
          en: 'Transparency and oversight are policy decisions as much as engineering.',
          ja: '透明性と監督は、技術の問題であると同時に方針の判断でもある。',
        },
      },
      {
        ids: ['supplychainmanage'],
        why: {
          en: 'Assurance from suppliers for the threats that are theirs.',
          ja: '提供元の責任となる脅威について、提供元から保証を得るための管理策である。',
        },
      },
      {
        ids: ['datalimit'],
        why: {
          en: 'Which sensitive data the organisation keeps, and for how long.',
          ja: '組織がどの機微データを、どれだけの期間保持するかを定める。',
        },
      },
      {
        ids: ['genericsecthreats'],
        why: {
          en: 'AI systems still need the conventional security programme.',
          ja: 'AIシステムにも従来のセキュリティプログラムが必要である。',
        },
      },
    ],
    tools: ['scope', 'layers', 'risk-overview', 'export-csv'],
  },
];
