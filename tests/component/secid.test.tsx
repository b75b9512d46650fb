// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { findList, renderApp } from './renderApp';

const detailsTitle = () => within(screen.getByTestId('details')).getByRole('heading', { level: 2 });

describe('SecID', () => {
  it('a link with a versioned SecID opens the item and is rewritten with its id', async () => {
    const { location } = renderApp(
      `/ml-top10?node=${encodeURIComponent('secid:weakness/owasp/ml-top10@2023#ML01')}`,
    );
    await screen.findByRole('heading', { level: 2, name: 'OWASP Machine Learning Security Top 10' });
    expect(detailsTitle().textContent).toBe('Input Manipulation Attack');
    expect(await location()).toBe('/ml-top10?node=ML01');
  });

  it('the unversioned form opens the item too', async () => {
    const { location } = renderApp(`/?node=${encodeURIComponent('secid:weakness/owasp/ml-top10#ML02')}`);
    await findList();
    expect(detailsTitle().textContent).toBe('Data Poisoning Attack');
    expect(await location()).toBe('/?node=ML02');
  });

  it('an unknown version gives a notice naming the known ones', async () => {
    renderApp(`/?node=${encodeURIComponent('secid:weakness/owasp/ml-top10@2025#ML01')}`);
    const notices = await screen.findByTestId('notices');
    expect(notices.textContent).toContain(
      'node: the SecID names version "2025" of weakness/owasp/ml-top10, which is not known; known versions: 2023',
    );
  });

  it('an unknown item gives a notice naming the items the data holds', async () => {
    renderApp(`/?node=${encodeURIComponent('secid:weakness/owasp/llm-top10#LLM05')}&lang=ja`);
    const notices = await screen.findByTestId('notices');
    expect(notices.textContent).toContain(
      'SecID の項目「LLM05」は weakness/owasp/llm-top10 にありません。既知の項目: LLM01, LLM10',
    );
  });

  it('pasting a SecID into the search box opens the item', async () => {
    const { user, location } = renderApp('/table');
    const box = await screen.findByRole('combobox', { name: 'Search threats and controls' });
    await user.click(box);
    await user.paste('secid:weakness/owasp/ml-top10#ML01');
    expect(await location()).toBe('/table?node=ML01');
    expect(detailsTitle().textContent).toBe('Input Manipulation Attack');
    expect(screen.getByText('SecID: opened ML01 Input Manipulation Attack')).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('the search box says why a SecID names nothing', async () => {
    const { user } = renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Search threats and controls' });
    await user.click(box);
    await user.paste('secid:weakness/owasp/ml-top10@2019#ML01');
    expect(
      screen.getByText('SecID: weakness/owasp/ml-top10 has no version 2019. Known versions: 2023'),
    ).toBeTruthy();
  });

  it('the details panel shows the SecID with a copy button', async () => {
    const { user } = renderApp('/?node=ML01');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const details = await screen.findByTestId('details');
    expect(await within(details).findByText('secid:weakness/owasp/ml-top10@2023#ML01')).toBeTruthy();
    await user.click(within(details).getByRole('button', { name: 'Copy SecID' }));
    expect(writeText).toHaveBeenCalledWith('secid:weakness/owasp/ml-top10@2023#ML01');
  });
});
