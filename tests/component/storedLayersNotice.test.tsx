// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { StoredLayersNotice } from '../../src/features/errors/StoredLayersNotice';
import { STORE_KEY } from '../../src/model/layers/layerStore';

const labels = {
  heading: 'Your saved layers could not be read',
  intro: 'They are left as they were.',
  exportRaw: 'Export the saved content',
  dismiss: 'Dismiss',
};

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('StoredLayersNotice', () => {
  it('says nothing when nothing is stored or the store is sound', () => {
    render(<StoredLayersNotice labels={labels} />);
    expect(screen.queryByRole('alert')).toBeNull();
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 1, activeId: null, layers: [] }));
    render(<StoredLayersNotice labels={labels} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  for (const [what, raw] of [
    ['a corrupt store', 'not json at all'],
    ['a truncated store', '{"version": 1, "activeId": null, "layers": ['],
    ['a store of an old or unknown format', '{"version": 0, "layers": {}}'],
    ['a prototype-polluting store', '{"version": 1, "activeId": null, "layers": [], "__proto__": {"x": 1}}'],
  ]) {
    it(`names the problem of ${what}, exports it untouched and keeps it`, async () => {
      localStorage.setItem(STORE_KEY, raw!);
      const created: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        created.push(blob as Blob);
        return 'blob:backup';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const user = userEvent.setup();
      render(<StoredLayersNotice labels={labels} />);

      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain(labels.heading);
      expect(alert.querySelectorAll('code').length).toBeGreaterThan(0);
      await user.click(screen.getByRole('button', { name: labels.exportRaw }));
      expect(click).toHaveBeenCalledTimes(1);
      expect(await readText(created[0]!)).toBe(raw);
      expect(localStorage.getItem(STORE_KEY)).toBe(raw);

      await user.click(screen.getByRole('button', { name: labels.dismiss }));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(localStorage.getItem(STORE_KEY)).toBe(raw);
    });
  }
});
