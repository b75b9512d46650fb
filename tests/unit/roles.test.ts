import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { ROLES } from '../../src/model/roles/roleData';
import { parseRoleParam, serializeRoleParam } from '../../src/model/roles/roleParam';
import { getRole, roleHighlights, roleReasons, unknownRoleNodeIds } from '../../src/model/roles/roles';
import { ROLE_IDS, ROLE_TOOLS } from '../../src/model/roles/roleTypes';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex(parsed.dataset);

describe('role data', () => {
  it('has the six roles, once each, in order', () => {
    expect(ROLES.map((role) => role.id)).toEqual(ROLE_IDS);
  });

  it('every focus id exists in data/navigator.json', () => {
    expect(unknownRoleNodeIds(index)).toEqual([]);
  });

  it('every role has a title, a paragraph and reasons in both languages; Japanese paragraphs use である style', () => {
    for (const role of ROLES) {
      for (const text of [role.title, role.howTo, ...role.focus.map((focus) => focus.why)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ja.trim()).not.toBe('');
      }
      expect(role.howTo.en.length).toBeGreaterThan(200);
      expect(role.howTo.ja).not.toMatch(/です|ます/);
      expect(role.howTo.ja).toMatch(/。$/);
      for (const tool of role.tools) expect(ROLE_TOOLS).toContain(tool);
      expect(role.focus.length).toBeGreaterThan(0);
    }
  });

  it('no node is listed twice for the same role', () => {
    for (const role of ROLES) {
      const ids = role.focus.flatMap((focus) => focus.ids);
      expect(new Set(ids).size, role.id).toBe(ids.length);
    }
  });
});

describe('role highlights', () => {
  it('data engineer: data poisoning, data leaks, data quality and segregation', () => {
    const ids = roleHighlights(index, 'data-engineer');
    for (const id of [
      'datapoison',
      'devdataleak',
      'augmentationdataleak',
      'dataqualitycontrol',
      'segregatedata',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(ids.has('promptinjection')).toBe(false);
  });

  it('CISO: the governance controls, through their group', () => {
    const ids = roleHighlights(index, 'ciso');
    for (const id of index.descendants('governancecontrols')) expect(ids.has(id), id).toBe(true);
    expect(ids.has('aiprogram')).toBe(true);
    expect(ids.has('trainadversarial')).toBe(false);
  });

  it('pentester: every input threat, through the group', () => {
    const ids = roleHighlights(index, 'pentester');
    for (const id of index.descendants('inputthreats')) expect(ids.has(id), id).toBe(true);
  });

  it('says why a node is highlighted, also when it is highlighted through its group', () => {
    expect(roleReasons(index, 'ciso', 'checkcompliance').map((why) => why.en)).toEqual([
      'Governance: the programmes, compliance and training the organisation runs.',
    ]);
    expect(roleReasons(index, 'developer', 'directpromptinjection')).toHaveLength(1);
    expect(roleReasons(index, 'developer', 'datapoison')).toEqual([]);
    expect(roleReasons(index, 'developer', 'nosuchnode')).toEqual([]);
  });

  it('getRole returns the role data', () => {
    expect(getRole('mlops').title.en).toBe('MLOps');
  });
});

describe('role URL parameter', () => {
  it('round-trips every role and leaves "no role" out', () => {
    for (const id of ROLE_IDS)
      expect(parseRoleParam(serializeRoleParam(id))).toEqual({ role: id, notices: [] });
    expect(serializeRoleParam(null)).toBeNull();
    expect(parseRoleParam(null)).toEqual({ role: null, notices: [] });
    expect(parseRoleParam('  ')).toEqual({ role: null, notices: [] });
  });

  it('accepts any letter case and surrounding spaces', () => {
    expect(parseRoleParam(' CISO ').role).toBe('ciso');
  });

  it('drops an unknown role with a notice, never throwing', () => {
    for (const value of ['admin', '__proto__', 'constructor', '<img src=x>', 'ciso,developer', '\uD800']) {
      const result = parseRoleParam(value);
      expect(result.role).toBeNull();
      expect(result.notices).toEqual([{ kind: 'unknown-role', param: 'role', value: value.toLowerCase() }]);
    }
    expect(Array.from(parseRoleParam('x'.repeat(500)).notices[0]!.value)).toHaveLength(41);
  });
});
