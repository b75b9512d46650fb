import { describe, expect, it } from 'vitest';

import { ANSWER_OPTIONS, QUESTION_IDS, type ScopeAnswers } from '../../src/model/scope/questions';
import {
  MAX_SCOPE_PARAM_LENGTH,
  parseScopeParam,
  serializeScopeParam,
} from '../../src/model/scope/scopeParam';

/** Every combination of two questions' answers (and no answer), with the rest fixed: deterministic coverage. */
function* answerSets(): Generator<ScopeAnswers> {
  for (const first of QUESTION_IDS) {
    for (const second of QUESTION_IDS) {
      for (const a of [undefined, ...ANSWER_OPTIONS[first]]) {
        for (const b of [undefined, ...ANSWER_OPTIONS[second]]) {
          yield { inputsens: 'y', [first]: a, [second]: b } as ScopeAnswers;
        }
      }
    }
  }
}

const defined = (answers: ScopeAnswers) =>
  Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));

describe('scope URL parameter: serialize', () => {
  it('writes answers in questionnaire order, unanswered questions left out', () => {
    expect(serializeScopeParam({ rag: 'y', train: 'n', llm: 'y', genai: 'y', host: 'provider' })).toBe(
      'train:n,host:provider,genai:y,llm:y,rag:y',
    );
  });

  it('is null with nothing answered, so the parameter stays out of the URL', () => {
    expect(serializeScopeParam({})).toBeNull();
    expect(serializeScopeParam({ train: undefined })).toBeNull();
  });

  it('drops invalid answers that reached it from outside the types', () => {
    expect(serializeScopeParam({ train: 'maybe', genai: 'y' } as unknown as ScopeAnswers)).toBe('genai:y');
  });
});

describe('scope URL parameter: round trip', () => {
  it('parse(serialize(answers)) gives the answers back with no notices', () => {
    let count = 0;
    for (const answers of answerSets()) {
      const value = serializeScopeParam(answers);
      const parsed = parseScopeParam(value);
      expect(parsed.notices).toEqual([]);
      expect(parsed.answers).toEqual(defined(answers));
      count++;
    }
    expect(count).toBeGreaterThan(500);
  });

  it('serialize(parse(value)) is the canonical form of a valid value', () => {
    expect(serializeScopeParam(parseScopeParam(' RAG:Y , train:n,,genai:y ').answers)).toBe(
      'train:n,genai:y,rag:y',
    );
  });

  it('the canonical value survives URLSearchParams', () => {
    const value = serializeScopeParam({ train: 'n', host: 'self', datasens: 'n', member: 'y' })!;
    const params = new URLSearchParams(`scope=${value}`);
    expect(parseScopeParam(params.get('scope')).answers).toEqual({
      train: 'n',
      host: 'self',
      datasens: 'n',
      member: 'y',
    });
  });
});

describe('scope URL parameter: hostile and broken input', () => {
  it('a missing or empty parameter means no answers', () => {
    expect(parseScopeParam(null)).toEqual({ answers: {}, notices: [] });
    expect(parseScopeParam('')).toEqual({ answers: {}, notices: [] });
    expect(parseScopeParam(',,, ,')).toEqual({ answers: {}, notices: [] });
  });

  it('drops unknown questions and invalid answers with notices, keeping the rest', () => {
    expect(parseScopeParam('train:n,colour:blue,genai:maybe,llm')).toEqual({
      answers: { train: 'n' },
      notices: [
        { kind: 'unknown-question', param: 'scope', value: 'colour' },
        { kind: 'invalid-answer', param: 'scope', value: 'genai:maybe' },
        { kind: 'invalid-answer', param: 'scope', value: 'llm' },
      ],
    });
  });

  it('an answer valid for another question is still invalid here', () => {
    expect(parseScopeParam('train:provider,host:y').notices.map((notice) => notice.kind)).toEqual([
      'invalid-answer',
      'invalid-answer',
    ]);
  });

  it('keeps the first answer to a repeated question', () => {
    expect(parseScopeParam('train:n,train:y')).toEqual({
      answers: { train: 'n' },
      notices: [{ kind: 'repeated-question', param: 'scope', value: 'train' }],
    });
  });

  it('ignores prototype keys and script-looking text, never throwing', () => {
    for (const value of [
      '__proto__:y',
      'constructor:y,toString:n',
      '<script>alert(1)</script>',
      'train:n:y',
      '%00:%ff',
      '\u0000\uD800:y',
      '::::',
    ]) {
      const parsed = parseScopeParam(value);
      expect(Object.keys(parsed.answers)).toEqual([]);
      expect(Object.getPrototypeOf(parsed.answers)).toBe(Object.prototype);
    }
  });

  it('cuts an overlong value and caps the notices', () => {
    const value = `train:n,${'x:y,'.repeat(1000)}`;
    const parsed = parseScopeParam(value);
    expect(parsed.answers).toEqual({ train: 'n' });
    expect(parsed.notices[0]).toEqual({ kind: 'too-long', param: 'scope', limit: MAX_SCOPE_PARAM_LENGTH });
    expect(parsed.notices.length).toBeLessThanOrEqual(3);
  });

  it('shortens a long rejected value in its notice', () => {
    const parsed = parseScopeParam(`${'q'.repeat(100)}:y`);
    const notice = parsed.notices[0]!;
    expect(notice.kind === 'unknown-question' && Array.from(notice.value).length).toBe(41);
  });
});
