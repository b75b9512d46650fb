// @vitest-environment jsdom
import { act, renderHook, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useAfterFirstView } from '../../src/features/list/useAfterFirstView';
import { resetFirstViewStore, useFirstViewStore } from '../../src/state/firstViewStore';

import { renderApp } from './renderApp';

describe('the rows of the list of shown nodes', () => {
  it('are there once the graph has been drawn, and the list is no longer busy', async () => {
    renderApp('/');
    const list = await screen.findByTestId('visible-nodes');
    expect(await within(list).findByRole('button', { name: /Evasion/ })).toBeTruthy();
    expect(list.getAttribute('aria-busy')).toBeNull();
    expect(useFirstViewStore.getState().shown).toBe(true);
  });
});

describe('waiting for the first view', () => {
  beforeEach(() => {
    resetFirstViewStore();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends when the first view is shown', () => {
    const { result } = renderHook(() => useAfterFirstView(true));
    expect(result.current).toBe(false);
    act(() => useFirstViewStore.getState().markShown());
    expect(result.current).toBe(true);
  });

  it('ends after a few seconds when the first view never comes', () => {
    const { result } = renderHook(() => useAfterFirstView(true));
    act(() => vi.advanceTimersByTime(2900));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(true);
  });

  it('does not start when there is nothing to wait for', () => {
    const { result } = renderHook(() => useAfterFirstView(false));
    expect(result.current).toBe(true);
  });
});
