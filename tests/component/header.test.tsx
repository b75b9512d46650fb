// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from './renderApp';

describe('header', () => {
  it('names the app and copies a link to the current view', async () => {
    const { user } = renderApp('/?lifecycle=use');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1, name: 'AI Security Navigator' })).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(within(banner).getByText('✓ Link copied')).toBeTruthy();
  });

  it('says so when the clipboard refuses', async () => {
    const { user } = renderApp('/');
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(screen.getByText(/Could not copy/)).toBeTruthy();
  });
});
