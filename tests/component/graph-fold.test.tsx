// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { GraphDisplayToggles } from '../../src/features/graph/GraphDisplayToggles';
import { resetViewStore, useViewStore } from '../../src/state/viewStore';

import { labels } from './graphTestKit';

beforeEach(() => resetViewStore());

describe('folding the general controls', () => {
  it('folds them by itself while a filter narrows the view', async () => {
    render(<GraphDisplayToggles labels={labels} narrowed canFold />);
    await userEvent.click(screen.getByRole('button', { name: labels.foldGeneral, pressed: true }));
    expect(useViewStore.getState().view.fold).toBe('open');
  });

  it('leaves them open in a picture that keeps one layout, and folds them when asked', async () => {
    render(<GraphDisplayToggles labels={labels} narrowed keepsLayout canFold />);
    await userEvent.click(screen.getByRole('button', { name: labels.foldGeneral, pressed: false }));
    expect(useViewStore.getState().view.fold).toBe('folded');
    expect(screen.getByRole('button', { name: labels.foldGeneral, pressed: true })).toBeTruthy();
  });
});
