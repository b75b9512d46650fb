import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import { ATTACK_SURFACES } from '../../src/model/periodicTable';
import { TABLE_LAYOUTS, TOP10_SORTS, VIEW_PATHS, viewOfPath, VIEWS } from '../../src/model/views';
import { BASES } from '../../src/model/vocabulary';

describe('views', () => {
  it('finds the view of a path, with or without a trailing slash', () => {
    for (const view of VIEWS) expect(viewOfPath(VIEW_PATHS[view])).toBe(view);
    expect(viewOfPath('/table/')).toBe('table');
    expect(viewOfPath('/tables')).toBeNull();
    expect(viewOfPath('/no/such/page')).toBeNull();
  });

  it('has a label for every view, order, layout, attack surface and basis', () => {
    const labels = {
      views: [VIEWS, en.views],
      sorts: [TOP10_SORTS, en.top10.sort],
      layouts: [TABLE_LAYOUTS, en.table.layouts],
      surfaces: [ATTACK_SURFACES, en.table.surfaces],
      bases: [BASES, en.basis],
    } as const;
    for (const [name, [ids, strings]] of Object.entries(labels)) {
      for (const id of ids) expect(Object.keys(strings), `${name}: ${id}`).toContain(id);
    }
  });
});
