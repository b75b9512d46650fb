// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { findList, renderApp } from './renderApp';

const details = () => screen.getByTestId('details');

describe('details panel', () => {
  it('clicking a node in the list shows it in the panel and pushes node= into the URL', async () => {
    const { user, location, router } = renderApp('/');
    const list = await findList();
    await user.click(within(list).getByRole('button', { name: /^Evasion/ }));
    expect(await location()).toBe('/?node=evasion');
    expect(router.state.historyAction).toBe('PUSH');
    const panel = details();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
    expect(within(panel).getByText('Threat group', { selector: '.badge' })).toBeTruthy();
    expect(await within(panel).findByText('Summary of Evasion.')).toBeTruthy();
    expect(await within(panel).findByText('Integrity of model behaviour')).toBeTruthy();
    expect(
      within(list)
        .getByRole('button', { name: /^Evasion/ })
        .getAttribute('aria-current'),
    ).toBe('true');
  });

  it('lists mitigations directly and through groups, and its links select nodes', async () => {
    const { user, location } = renderApp('/?node=zeroknowledgeevasion');
    const panel = await screen.findByTestId('details');
    const mitigated = within(panel).getByRole('heading', { name: 'Mitigated by' }).closest('section')!;
    expect(within(mitigated).getByRole('heading', { name: 'Through group Evasion' })).toBeTruthy();
    expect(within(mitigated).getByRole('heading', { name: 'Through group Input threats' })).toBeTruthy();
    await user.click(within(mitigated).getByRole('button', { name: /TRAIN ADVERSARIAL/ }));
    expect(await location()).toBe('/?node=trainadversarial');
    expect(within(details()).getByRole('heading', { level: 2, name: 'TRAIN ADVERSARIAL' })).toBeTruthy();
    expect(await within(details()).findByText('Development-time AI engineer control')).toBeTruthy();
  });

  it('a link followed from far down the details opens the next node at its start', async () => {
    const { user } = renderApp('/?node=zeroknowledgeevasion');
    const panel = await screen.findByTestId('details');
    panel.scrollTop = 400;
    await user.click(within(panel).getAllByRole('button', { name: /TRAIN ADVERSARIAL/ })[0]!);
    expect(within(details()).getByRole('heading', { level: 2, name: 'TRAIN ADVERSARIAL' })).toBeTruthy();
    await waitFor(() => expect(details().scrollTop).toBe(0));
  });

  it('brings the details into view when they are out of sight, as on a narrow screen below the graph', async () => {
    const { user } = renderApp('/');
    const panel = await screen.findByTestId('details');
    const scrolled = vi.fn();
    panel.scrollIntoView = scrolled;
    vi.spyOn(panel, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 3000, 400, 600));
    const list = await findList();
    await user.click(within(list).getByRole('button', { name: /^Evasion/ }));
    await waitFor(() => expect(scrolled).toHaveBeenCalledWith({ block: 'start' }));

    scrolled.mockClear();
    vi.spyOn(panel, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 90, 400, 600));
    await user.click(within(list).getByRole('button', { name: /^Data poisoning/ }));
    // The panel looks where it is in the frame after the selection.
    await new Promise(requestAnimationFrame);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('shows groups, members and Top 10 mappings as links with data-node-id', async () => {
    const { user, location } = renderApp('/?node=evasion');
    const panel = await screen.findByTestId('details');
    const partOf = (await within(panel).findByRole('heading', { name: 'Part of' })).closest('section')!;
    expect(partOf.querySelector('[data-node-id="inputthreats"]')).toBeTruthy();
    const members = within(panel).getByRole('heading', { name: 'Members' }).closest('section')!;
    expect(members.querySelector('[data-node-id="zeroknowledgeevasion"]')).toBeTruthy();
    const mapped = within(panel).getByRole('heading', { name: 'Mapped from Top 10' }).closest('section')!;
    await user.click(within(mapped).getByRole('button', { name: /Input Manipulation Attack/ }));
    expect(await location()).toBe('/?node=ML01');
    const top10 = details();
    expect(within(top10).getByRole('heading', { name: 'Maps to' })).toBeTruthy();
    expect(await within(top10).findAllByText('5 / 5', { selector: 'dd' })).toHaveLength(2);
  });

  it('marks related nodes hidden by the filters', async () => {
    renderApp('/?lifecycle=use&node=ML02');
    const panel = await screen.findByTestId('details');
    expect(within(panel).getByRole('button', { name: /Data poisoning.*hidden by filters/ })).toBeTruthy();
  });

  it('groups references by scheme as external links', async () => {
    renderApp('/?node=evasion');
    const panel = await screen.findByTestId('details');
    const refs = (await within(panel).findByRole('heading', { name: 'References' })).closest('section')!;
    expect(within(refs).getByRole('heading', { name: 'MITRE ATLAS' })).toBeTruthy();
    expect(within(refs).getByRole('heading', { name: 'OpenCRE' })).toBeTruthy();
    const atlas = within(refs).getByRole('link', { name: /AML\.T0015 — Evade AI Model/ });
    expect(atlas.getAttribute('href')).toBe('https://atlas.mitre.org/techniques/AML.T0015');
    expect(atlas.getAttribute('rel')).toBe('noopener noreferrer');
    expect(atlas.getAttribute('target')).toBe('_blank');
    expect(within(refs).getByText('Evasion attacks')).toBeTruthy();
    const permalink = within(panel).getByRole('link', { name: /Read on owaspai\.org/ });
    expect(permalink.getAttribute('href')).toBe('https://owaspai.org/go/evasion/');
    expect(permalink.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('copies the SecID and confirms it visibly', async () => {
    const { user } = renderApp('/?node=ML01');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const panel = await screen.findByTestId('details');
    expect(await within(panel).findByText('secid:weakness/owasp/ml-top10@2023#ML01')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Copy SecID' }));
    expect(writeText).toHaveBeenCalledWith('secid:weakness/owasp/ml-top10@2023#ML01');
    expect(within(panel).getByText('✓ Copied')).toBeTruthy();
  });

  it('the close button clears node= from the URL', async () => {
    const { user, location } = renderApp('/?lifecycle=use&node=evasion');
    await user.click(await screen.findByRole('button', { name: 'Close details' }));
    expect(await location()).toBe('/?lifecycle=use');
    expect(within(details()).getByText(/Select a threat, control or Top 10 item/)).toBeTruthy();
    expect(document.activeElement).toBe(details());
  });

  it('back and forward walk through selections', async () => {
    const { user, router, location } = renderApp('/');
    const list = await findList();
    await user.click(within(list).getByRole('button', { name: /^Evasion/ }));
    await user.click(within(list).getByRole('button', { name: /^Data poisoning/ }));
    expect(await location()).toBe('/?node=datapoison');
    await router.navigate(-1);
    expect(await within(details()).findByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
    await router.navigate(-1);
    expect(await within(details()).findByText(/Select a threat/)).toBeTruthy();
    await router.navigate(1);
    expect(await within(details()).findByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
  });
});
