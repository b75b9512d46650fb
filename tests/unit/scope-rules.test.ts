import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { controlScope } from '../../src/model/scope/controlScope';
import { evaluateScope, scopeOf, threatIdsInScope, unknownRuleTargets } from '../../src/model/scope/evaluate';
import {
  ANSWER_OPTIONS,
  isQuestionAsked,
  QUESTION_IDS,
  QUESTIONS,
  type ScopeAnswers,
} from '../../src/model/scope/questions';
import { SCOPE_RULES, type ScopeStatus } from '../../src/model/scope/rules';
import { SOURCES } from '../../src/model/scope/sources';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex(parsed.dataset);

const status = (answers: ScopeAnswers, id: string): ScopeStatus =>
  scopeOf(evaluateScope(index, answers), id).status;
const statuses = (answers: ScopeAnswers, ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, status(answers, id)]));
const all = (ids: readonly string[], value: ScopeStatus) => Object.fromEntries(ids.map((id) => [id, value]));
const rule = (id: string) => SCOPE_RULES.find((item) => item.id === id)!;

describe('scope rules: data', () => {
  it('every rule target is a threat or threat group of the data set', () => {
    expect(unknownRuleTargets(index)).toEqual([]);
  });

  it('every rule has a unique id, answers that exist, a reason in both languages and a quoted source', () => {
    expect(new Set(SCOPE_RULES.map((item) => item.id)).size).toBe(SCOPE_RULES.length);
    for (const item of SCOPE_RULES) {
      expect(Object.keys(item.when).length).toBeGreaterThan(0);
      for (const [question, answer] of Object.entries(item.when)) {
        expect(ANSWER_OPTIONS[question as keyof typeof ANSWER_OPTIONS]).toContain(answer);
      }
      expect(item.reason.en.length).toBeGreaterThan(10);
      expect(item.reason.ja.length).toBeGreaterThan(5);
      for (const citation of item.sources) {
        expect(SOURCES[citation.source].file).toMatch(/\.md$/);
        expect(citation.section).not.toBe('');
        expect(citation.url).toMatch(/^https:\/\/owaspai\.org\/go\/[a-z]+\/$/);
        expect(citation.quote.length).toBeGreaterThan(20);
      }
    }
  });

  it('questions cover every answer option, in both languages, and follow-ups name real answers', () => {
    expect(QUESTIONS.map((question) => question.id)).toEqual(QUESTION_IDS);
    for (const question of QUESTIONS) {
      expect(question.options.map((option) => option.value)).toEqual(ANSWER_OPTIONS[question.id]);
      for (const text of [question.text, question.why, ...question.options.map((option) => option.label)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ja.trim()).not.toBe('');
      }
    }
  });

  it('asks a follow-up question only after the answer it depends on', () => {
    const llm = QUESTIONS.find((question) => question.id === 'llm')!;
    const member = QUESTIONS.find((question) => question.id === 'member')!;
    expect(isQuestionAsked(llm, {})).toBe(false);
    expect(isQuestionAsked(llm, { genai: 'y' })).toBe(true);
    expect(isQuestionAsked(llm, { genai: 'n' })).toBe(false);
    expect(isQuestionAsked(member, { datasens: 'n' })).toBe(true);
    expect(isQuestionAsked(member, { datasens: 'y' })).toBe(false);
  });
});

describe('scope rules: nothing answered', () => {
  it('leaves every threat and threat group in scope', () => {
    const result = evaluateScope(index, {});
    const threats = index.nodes.filter((node) => node.kind === 'threat' || node.kind === 'threat-group');
    expect(result.matchedRules).toEqual([]);
    expect([...result.threats.keys()].sort()).toEqual(threats.map((node) => node.id).sort());
    expect(new Set([...result.threats.values()].map((scope) => scope.status))).toEqual(new Set(['in-scope']));
  });

  it('a rule needs all of its answers: one of two leaves the threat in scope', () => {
    expect(status({ train: 'n' }, 'datapoison')).toBe('in-scope');
    expect(status({ rag: 'n' }, 'datapoison')).toBe('in-scope');
    expect(status({ train: 'n', rag: 'n' }, 'datapoison')).toBe('supplier');
  });

  it('answering yes where a rule needs no changes nothing', () => {
    const answers: ScopeAnswers = {
      train: 'y',
      host: 'self',
      rag: 'y',
      agentic: 'y',
      datasens: 'y',
      member: 'y',
      inputsens: 'y',
    };
    expect(threatIdsInScope(evaluateScope(index, answers)).size).toBe(evaluateScope(index, {}).threats.size);
  });
});

describe('scope rules, one by one', () => {
  it('no-training-development-time: development-time threats are the supplier’s, except supply-chain poisoning', () => {
    const answers = rule('no-training-development-time').when;
    expect(answers).toEqual({ train: 'n' });
    expect(statuses(answers, ['devmodelpoison', 'devmodelleak', 'devcodeleak'])).toEqual(
      all(['devmodelpoison', 'devmodelleak', 'devcodeleak'], 'supplier'),
    );
    expect(status(answers, 'supplymodelpoison')).toBe('in-scope');
    // Left to the rules that ask about augmentation data as well.
    expect(status(answers, 'datapoison')).toBe('in-scope');
    expect(status(answers, 'devdataleak')).toBe('in-scope');
  });

  it('no-training-no-augmentation-poisoning: data poisoning is the supplier’s only without RAG', () => {
    expect(status({ train: 'n', rag: 'n' }, 'datapoison')).toBe('supplier');
    expect(status({ train: 'n', rag: 'y' }, 'datapoison')).toBe('in-scope');
  });

  it('no-training-no-augmentation-data-confidentiality: training-data leaks are the supplier’s without RAG', () => {
    const ids = ['devdataleak', 'disclosureinoutput', 'modelinversionandmembership'];
    expect(statuses({ train: 'n', rag: 'n' }, ids)).toEqual(all(ids, 'supplier'));
    expect(statuses({ train: 'n', rag: 'y' }, ids)).toEqual(all(ids, 'in-scope'));
  });

  it('no-training-model-ip: model theft is the supplier’s when you do not train', () => {
    const ids = ['modelexfiltration', 'runtimemodelleak', 'devmodelleak'];
    expect(statuses({ train: 'n' }, ids)).toEqual(all(ids, 'supplier'));
    expect(statuses({ train: 'y' }, ids)).toEqual(all(ids, 'in-scope'));
  });

  it('data-not-sensitive: leaks of training and augmentation data are out of scope', () => {
    const ids = ['devdataleak', 'disclosureinoutput', 'augmentationdataleak'];
    expect(statuses({ datasens: 'n' }, ids)).toEqual(all(ids, 'out-of-scope'));
    expect(statuses({ datasens: 'y' }, ids)).toEqual(all(ids, 'in-scope'));
  });

  it('data-and-membership-not-sensitive: inversion and membership inference go only when both are harmless', () => {
    expect(status({ datasens: 'n' }, 'modelinversionandmembership')).toBe('in-scope');
    expect(status({ datasens: 'n', member: 'y' }, 'modelinversionandmembership')).toBe('in-scope');
    expect(status({ datasens: 'n', member: 'n' }, 'modelinversionandmembership')).toBe('out-of-scope');
  });

  it('genai-no-evasion-or-inversion: evasion (all kinds) and model inversion are out for generative AI', () => {
    const evasion = ['evasion', ...index.descendants('evasion')];
    expect(evasion.length).toBeGreaterThan(1);
    expect(statuses({ genai: 'y' }, [...evasion, 'modelinversionandmembership'])).toEqual(
      all([...evasion, 'modelinversionandmembership'], 'out-of-scope'),
    );
    expect(statuses({ genai: 'n' }, evasion)).toEqual(all(evasion, 'in-scope'));
  });

  it('genai-not-llm: prompt injection and output injection are out for a generative model that is not an LLM', () => {
    const ids = ['directpromptinjection', 'indirectpromptinjection', 'outputcontainsconventionalinjection'];
    expect(statuses({ genai: 'y', llm: 'n' }, ids)).toEqual(all(ids, 'out-of-scope'));
    expect(statuses({ genai: 'y', llm: 'y' }, ids)).toEqual(all(ids, 'in-scope'));
    // Forged agent messages are about agents, not about language models.
    expect(status({ genai: 'y', llm: 'n' }, 'agentmessagestructuremanipulation')).toBe('in-scope');
  });

  it('not-genai: prompt injection and output injection are out for predictive AI', () => {
    const ids = ['directpromptinjection', 'indirectpromptinjection', 'outputcontainsconventionalinjection'];
    expect(statuses({ genai: 'n' }, ids)).toEqual(all(ids, 'out-of-scope'));
  });

  it('no-untrusted-data-in-input: indirect prompt injection needs added data or an agent', () => {
    expect(status({ rag: 'n', agentic: 'n' }, 'indirectpromptinjection')).toBe('out-of-scope');
    expect(status({ rag: 'y', agentic: 'n' }, 'indirectpromptinjection')).toBe('in-scope');
    expect(status({ rag: 'n', agentic: 'y' }, 'indirectpromptinjection')).toBe('in-scope');
    expect(status({ rag: 'n' }, 'directpromptinjection')).toBe('in-scope');
  });

  it('no-augmentation: augmentation data threats are out without added data', () => {
    const ids = ['augmentationdatamanipulation', 'augmentationdataleak'];
    expect(statuses({ rag: 'n' }, ids)).toEqual(all(ids, 'out-of-scope'));
    expect(statuses({ rag: 'y' }, ids)).toEqual(all(ids, 'in-scope'));
  });

  it('provider-runs-model: the running model is the provider’s to protect', () => {
    const ids = ['runtimemodelpoison', 'runtimemodelleak'];
    expect(statuses({ host: 'provider' }, ids)).toEqual(all(ids, 'supplier'));
    expect(statuses({ host: 'self' }, ids)).toEqual(all(ids, 'in-scope'));
    expect(status({ host: 'provider' }, 'inputdataleak')).toBe('in-scope');
  });

  it('input-not-sensitive: input data leak is out', () => {
    expect(status({ inputsens: 'n' }, 'inputdataleak')).toBe('out-of-scope');
    expect(status({ inputsens: 'y' }, 'inputdataleak')).toBe('in-scope');
  });

  it('not-agentic: agent escape and forged agent messages are out', () => {
    const ids = ['agentescape', 'agentmessagestructuremanipulation'];
    expect(statuses({ agentic: 'n' }, ids)).toEqual(all(ids, 'out-of-scope'));
    expect(statuses({ agentic: 'y' }, ids)).toEqual(all(ids, 'in-scope'));
  });

  it('threats no answer can rule out stay in scope whatever the answers', () => {
    const everythingNo: ScopeAnswers = {
      train: 'n',
      host: 'provider',
      genai: 'y',
      llm: 'n',
      rag: 'n',
      agentic: 'n',
      datasens: 'n',
      member: 'n',
      inputsens: 'n',
    };
    expect(
      statuses(everythingNo, ['airesourceexhaustion', 'genericsecthreats', 'supplymodelpoison']),
    ).toEqual(all(['airesourceexhaustion', 'genericsecthreats', 'supplymodelpoison'], 'in-scope'));
  });
});

describe('scope: combining rules and groups', () => {
  it('out of scope outweighs the supplier’s responsibility, and the node keeps both reasons', () => {
    const scope = scopeOf(
      evaluateScope(index, { train: 'n', rag: 'n', genai: 'y' }),
      'modelinversionandmembership',
    );
    expect(scope.status).toBe('out-of-scope');
    expect(scope.rules.map((item) => item.id)).toEqual([
      'genai-no-evasion-or-inversion',
      'no-training-no-augmentation-data-confidentiality',
    ]);
  });

  it('a group stays while one of its threats does', () => {
    const result = evaluateScope(index, { train: 'n', rag: 'n' });
    expect(scopeOf(result, 'devleak')).toMatchObject({ status: 'supplier', fromMembers: false });
    expect(scopeOf(result, 'modelpoison')).toMatchObject({ status: 'in-scope', fromMembers: true });
    expect(scopeOf(result, 'developmenttime')).toMatchObject({ status: 'in-scope', fromMembers: true });
    expect(scopeOf(result, 'inputthreats').status).toBe('in-scope');
  });

  it('a group whose threats are all out of scope is out, from its members', () => {
    const result = evaluateScope(index, { genai: 'y', llm: 'n', agentic: 'n' });
    expect(scopeOf(result, 'promptinjection')).toMatchObject({ status: 'out-of-scope', fromMembers: true });
    expect(scopeOf(result, 'evasion')).toMatchObject({ status: 'out-of-scope', fromMembers: false });
  });

  it('a group mixing supplier and out-of-scope threats is the supplier’s', () => {
    const result = evaluateScope(index, { train: 'n', rag: 'n', datasens: 'n' });
    expect(statuses({ train: 'n', rag: 'n', datasens: 'n' }, ['devdataleak', 'devmodelleak'])).toEqual({
      devdataleak: 'out-of-scope',
      devmodelleak: 'supplier',
    });
    expect(scopeOf(result, 'devleak').status).toBe('supplier');
  });

  it('threatIdsInScope includes supplier threats unless asked not to', () => {
    const result = evaluateScope(index, { train: 'n', genai: 'y' });
    expect(threatIdsInScope(result).has('devmodelpoison')).toBe(true);
    expect(threatIdsInScope(result, { includeSupplier: false }).has('devmodelpoison')).toBe(false);
    expect(threatIdsInScope(result).has('evasion')).toBe(false);
    expect(threatIdsInScope(result).has('promptinjection')).toBe(true);
  });

  it('rules are data: a custom rule list is applied the same way', () => {
    const result = evaluateScope(index, { train: 'y' }, [
      {
        ...rule('not-agentic'),
        id: 'custom',
        when: { train: 'y' },
        threats: ['inputthreats'],
        except: ['evasion'],
      },
    ]);
    expect(scopeOf(result, 'directpromptinjection').status).toBe('out-of-scope');
    expect(scopeOf(result, 'zeroknowledgeevasion').status).toBe('in-scope');
    expect(scopeOf(result, 'inputthreats').status).toBe('in-scope');
  });
});

describe('controlScope', () => {
  it('a control is out of scope when every threat it mitigates is', () => {
    const result = evaluateScope(index, { genai: 'y' });
    expect(controlScope(index, result, 'evasionrobustmodel')).toBe('out-of-scope');
    // Also mitigates data poisoning, which stays.
    expect(controlScope(index, result, 'trainadversarial')).toBe('in-scope');
  });

  it('a control is the supplier’s when every threat it mitigates that remains is theirs', () => {
    const result = evaluateScope(index, { train: 'n', rag: 'n' });
    expect(controlScope(index, result, 'dataqualitycontrol')).toBe('supplier');
    expect(controlScope(index, result, 'supplychainmanage')).toBe('in-scope');
  });

  it('general controls are always in scope', () => {
    const result = evaluateScope(index, { train: 'n', rag: 'n', genai: 'y', datasens: 'n', member: 'n' });
    expect(controlScope(index, result, 'obfuscatetrainingdata')).toBe('in-scope');
    expect(controlScope(index, result, 'generalcontrols')).toBe('in-scope');
  });
});
