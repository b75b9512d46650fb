import { beforeEach, describe, expect, it, vi } from 'vitest';

import { resetViewStore, useViewStore } from '../../src/state/viewStore';

const known = (id: string) => ['evasion', 'datapoison'].includes(id);
const store = () => useViewStore.getState();

describe('view store', () => {
  const navigate = vi.fn();
  beforeEach(() => {
    resetViewStore();
    navigate.mockReset();
    store().setAddressWrites({ navigate, flush: () => {}, discard: () => {}, holdsBack: () => false });
  });

  it('reads the URL and returns its canonical form', () => {
    expect(store().syncFromUrl('?impact=any-asset-cia,model-availability&lifecycle=use', known)).toBe(
      '?lifecycle=use&impact=model-availability,any-asset-cia',
    );
    expect(store().view.filters.lifecycle).toEqual(['use']);
    expect(store().synced).toBe(true);
  });

  it('keeps notices from the opened URL until dismissed', () => {
    store().syncFromUrl('?node=nosuchnode', known);
    expect(store().notices).toEqual([{ kind: 'unknown-node', param: 'node', value: 'nosuchnode' }]);
    store().syncFromUrl('', known);
    expect(store().notices).toHaveLength(1);
    store().dismissNotices();
    expect(store().notices).toEqual([]);
  });

  it('selection pushes a history entry', () => {
    store().select('evasion');
    expect(navigate).toHaveBeenLastCalledWith('?node=evasion', { replace: false });
    store().select(null);
    expect(navigate).toHaveBeenLastCalledWith('', { replace: false });
  });

  it('selecting an LLM item of another edition shows that edition; choosing an edition replaces the entry', () => {
    store().select('LLM07:2025');
    expect(store().view.filters.edition).toBe('2025');
    expect(navigate).toHaveBeenLastCalledWith('?edition=2025&node=LLM07:2025', { replace: false });
    store().setEdition('2026', 'LLM08:2026');
    expect(navigate).toHaveBeenLastCalledWith('?node=LLM08:2026', { replace: true });
    store().select('evasion');
    expect(store().view.filters.edition).toBe('2026');
  });

  it('clearing the filters keeps the edition shown', () => {
    store().setEdition('2023', null);
    store().toggleLifecycle('use');
    store().clearFilters();
    expect(store().view.filters).toMatchObject({ lifecycle: [], edition: '2023' });
  });

  it('filter, search and language changes replace the entry', () => {
    store().toggleLifecycle('runtime');
    store().toggleLifecycle('use');
    expect(navigate).toHaveBeenLastCalledWith('?lifecycle=use,runtime', { replace: true });
    store().toggleImpact('model-availability');
    store().toggleControlType('other');
    store().setGeneral(false);
    store().setQuery('poison');
    store().setLanguage('ja');
    expect(navigate).toHaveBeenLastCalledWith(
      '?lifecycle=use,runtime&impact=model-availability&type=other&general=0&q=poison&lang=ja',
      { replace: true },
    );
    expect(navigate.mock.calls.every(([, options]) => options.replace)).toBe(true);
    store().clearFilters();
    expect(navigate).toHaveBeenLastCalledWith('?q=poison&lang=ja', { replace: true });
  });

  it('scope, role and the shared layer replace the entry', () => {
    store().syncFromUrl('?layer=%2Fteam.json', known);
    store().setScope({ train: 'n' });
    store().setRole('pentester');
    expect(navigate).toHaveBeenLastCalledWith('?scope=train:n&role=pentester&layer=%2Fteam.json', {
      replace: true,
    });
    store().clearSharedLayer();
    expect(navigate).toHaveBeenLastCalledWith('?scope=train:n&role=pentester', { replace: true });
    store().setScope({});
    store().setRole(null);
    expect(navigate).toHaveBeenLastCalledWith('', { replace: true });
  });

  it('writes a language change to the address at once, as the page follows the address', () => {
    const flush = vi.fn();
    store().setAddressWrites({ navigate, flush, discard: () => {}, holdsBack: () => true });
    store().toggleLifecycle('use');
    expect(flush).not.toHaveBeenCalled();
    store().setLanguage('ja');
    expect(navigate).toHaveBeenLastCalledWith('?lifecycle=use&lang=ja', { replace: true });
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('does not navigate when nothing changes', () => {
    store().select(null);
    store().setQuery('');
    store().clearFilters();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('a second toggle removes the value again', () => {
    store().toggleControlType('other');
    store().toggleControlType('other');
    expect(store().view.filters.type).toEqual([]);
    expect(navigate).toHaveBeenLastCalledWith('', { replace: true });
  });
});
