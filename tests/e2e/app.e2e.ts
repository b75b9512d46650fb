import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { graphPicture } from '../../src/model/graphPicture';
import { parseDataset } from '../../src/model/parseDataset';
import { visibleSubgraph } from '../../src/model/visibility';
import { IMPACTS, LIFECYCLES } from '../../src/model/vocabulary';

import { appUrl, FILLED_LIST, launchBrowserForFile, showFilters } from './browser';

// Expectations come from the data set the build serves and the model's own rules, so they hold for any data.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);
const expectedIds = (filters: Partial<Filters> = {}) =>
  [...visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters }).nodes].sort();
/** How many nodes the graph draws for the filters: what they show, the general controls folded while filtering. */
const drawnCount = (filters: Partial<Filters> = {}) =>
  graphPicture(index, visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters }), {
    fold: 'auto',
    narrowed: Object.values(filters).some((value) => Array.isArray(value) && value.length > 0),
  }).drawn.size;

const { open } = launchBrowserForFile();

async function ready(page: Page) {
  await showFilters(page);
  await page.waitForSelector(FILLED_LIST);
  await page.waitForSelector('[data-graph-ready="true"]');
}

function listedIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="visible-nodes"] [data-node-id]', (elements) =>
    elements.map((element) => element.getAttribute('data-node-id') ?? '').sort(),
  );
}

/** How many data nodes the graph canvas shows (GraphView reports it on its canvas). */
const graphCount = (page: Page) => page.locator('[data-visible-count]').getAttribute('data-visible-count');

const detailsTitle = (page: Page) => page.getByTestId('details').getByRole('heading', { level: 2 });
const search = (page: Page) => new URL(page.url()).search;

/** A threat that some control mitigates directly: a node with links to follow in the panel. */
const mitigatedThreat = index.nodes.find(
  (node) => node.kind === 'threat' && index.incoming(node.id, 'mitigates').length > 0,
)!;

describe('the navigator in a browser', () => {
  it('loads and lists exactly what the graph shows, without console errors', async () => {
    const { page, errors } = await open('');
    await ready(page);
    expect(await listedIds(page)).toEqual(expectedIds());
    expect(await graphCount(page)).toBe(String(expectedIds().length));
    expect(await page.title()).toBe(en.app.name);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fetches the core (asked for by the page itself), then the details: a node link fills its panel without a click', async () => {
    const { page, errors } = await open(`?node=${mitigatedThreat.id}`);
    await ready(page);
    const full = parsed.dataset.nodes.find((node) => node.id === mitigatedThreat.id)!;
    await page.getByTestId('details').getByText(full.summary.en).waitFor();
    const requests = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((entry) => ({ path: new URL(entry.name).pathname, by: entry.initiatorType }))
        .filter(({ path }) => path.endsWith('.json')),
    );
    // The core's request starts from the page's <link rel="preload">, before the scripts run; once only. The details
    // panel also fetches the framework data for its framework section, once.
    const frameworks = requests.filter(({ path }) => /\/assets\/frameworks-[^/]+\.json$/.test(path));
    expect(frameworks.length).toBeLessThanOrEqual(1);
    expect(requests.filter((request) => !frameworks.includes(request))).toEqual([
      { path: expect.stringMatching(/\/assets\/navigator-core-[^/]+\.json$/), by: 'link' },
      { path: expect.stringMatching(/\/assets\/navigator-details-[^/]+\.json$/), by: 'fetch' },
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ships each data file with the digest by which the app takes it as validated', () => {
    // A file whose digest is not in the code would be validated again at every start (fetchDataPart.ts).
    const assets = readdirSync('dist/assets');
    const code = assets
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(`dist/assets/${name}`, 'utf8'))
      .join('\n');
    for (const part of ['navigator-core', 'navigator-details', 'frameworks']) {
      const file = assets.find((name) => name.startsWith(`${part}-`) && name.endsWith('.json'));
      expect(file, part).toBeDefined();
      const digest = createHash('sha256')
        .update(readFileSync(`dist/assets/${file}`))
        .digest('hex');
      expect(code.includes(`"${digest}"`) || code.includes(`\`${digest}\``), part).toBe(true);
    }
  });

  it('shows the header band before its scripts have arrived, then the header in its place', async () => {
    const { page, errors } = await open('');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(appUrl(''), { waitUntil: 'commit' });
    const band = page.locator('#root > .boot-band');
    await band.waitFor();
    const before = await band.boundingBox();
    // No words yet: they come with the scripts, in the language of the link.
    expect(await page.locator('#root').textContent()).toBe('');
    const colour = (element: Element) => getComputedStyle(element).backgroundColor;
    const bandColour = await band.evaluate(colour);
    release();
    await ready(page);
    // Where the header comes, in its colour and about its height: the page does not jump.
    const header = page.getByRole('banner');
    expect(await header.evaluate(colour)).toBe(bandColour);
    expect(Math.abs((await header.boundingBox())!.height - before!.height)).toBeLessThanOrEqual(12);
    expect(await page.locator('.boot-band').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the graph first, then fills the list below the filters with every shown node', async () => {
    const { page, errors } = await open('');
    await page.context().addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-graph-ready="true"]')) return;
        const rows = document.querySelectorAll('[data-testid="visible-nodes"] [data-node-id]').length;
        (window as unknown as { rowsWhenDrawn: number }).rowsWhenDrawn = rows;
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-graph-ready'] });
    });
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => (window as unknown as { rowsWhenDrawn: number }).rowsWhenDrawn)).toBe(0);
    expect(await listedIds(page)).toEqual(expectedIds());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts from a handful of scripts, each named by the page itself so that they load side by side', async () => {
    const { page, errors } = await open('');
    await ready(page);
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((entry) => ({ path: new URL(entry.name).pathname, by: entry.initiatorType }))
        .filter(({ path }) => path.endsWith('.js')),
    );
    const named = await page.$$eval('script[src], link[rel="modulepreload"]', (elements) =>
      elements.map(
        (element) =>
          new URL(element.getAttribute('src') ?? element.getAttribute('href')!, location.href).pathname,
      ),
    );
    // The page's own scripts, and Cytoscape, which the app asks for as soon as it runs.
    const [graphLibrary, ...others] = scripts.filter(({ path }) => !named.includes(path));
    expect(graphLibrary?.path).toMatch(/\/cytoscape[\w.-]*\.js$/);
    expect(others).toEqual([]);
    expect(named.length).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('each lifecycle filter changes the list as the filter rules say', async () => {
    const { page, errors } = await open('');
    await ready(page);
    const group = page.getByRole('group', { name: en.filters.lifecycle });
    for (const lifecycle of LIFECYCLES) {
      const box = group.getByRole('checkbox', { name: en.lifecycle[lifecycle] });
      await box.check();
      await expect.poll(() => search(page)).toBe(`?lifecycle=${lifecycle}`);
      await expect.poll(() => listedIds(page)).toEqual(expectedIds({ lifecycle: [lifecycle] }));
      await expect.poll(() => graphCount(page)).toBe(String(drawnCount({ lifecycle: [lifecycle] })));
      expect(await listedIds(page)).not.toEqual(expectedIds());
      await box.uncheck();
      await expect.poll(() => search(page)).toBe('');
    }
    await expect.poll(() => listedIds(page)).toEqual(expectedIds());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes a quick run of filter changes to the address once, at once when the window loses focus', async () => {
    const { page, errors } = await open('');
    await ready(page);
    await page.evaluate(() => {
      const writes: string[] = [];
      (window as unknown as { writes: string[] }).writes = writes;
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        writes.push(String(url));
        replace(data, unused, url);
      };
    });
    const group = page.getByRole('group', { name: en.filters.lifecycle });
    // One after another, each once the frame showing the last has been painted: quicker than the view comes to rest.
    await group.evaluate(async (fieldset) => {
      for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        box.click();
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
      }
    });
    await expect.poll(() => search(page)).toBe(`?lifecycle=${LIFECYCLES.join(',')}`);
    expect(await page.evaluate(() => (window as unknown as { writes: string[] }).writes)).toHaveLength(1);

    // The window losing focus (to the address bar, say) before the view has rested: the address catches up at once.
    const shown = await group.evaluate((fieldset) => {
      fieldset.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      window.dispatchEvent(new Event('blur'));
      return location.search;
    });
    expect(shown).toBe(`?lifecycle=${LIFECYCLES.slice(1).join(',')}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selecting in the list opens the panel; its links select; back and forward walk the selections', async () => {
    const { page, errors } = await open('');
    await ready(page);
    await page.getByTestId('visible-nodes').locator(`[data-node-id="${mitigatedThreat.id}"]`).click();
    await expect.poll(() => search(page)).toBe(`?node=${mitigatedThreat.id}`);
    expect(await detailsTitle(page).textContent()).toBe(mitigatedThreat.title.en);

    const control = index.node(index.incoming(mitigatedThreat.id, 'mitigates')[0]!.source)!;
    await page.getByTestId('details').locator(`[data-node-id="${control.id}"]`).first().click();
    await expect.poll(() => search(page)).toBe(`?node=${control.id}`);
    expect(await detailsTitle(page).textContent()).toBe(control.title.en);
    // The control's panel links back to the threat it mitigates (directly or through a group).
    expect(await page.getByTestId('details').locator('[data-node-id]').count()).toBeGreaterThan(0);

    await page.goBack();
    await expect.poll(() => detailsTitle(page).textContent()).toBe(mitigatedThreat.title.en);
    await page.goBack();
    await expect.poll(() => search(page)).toBe('');
    expect(await detailsTitle(page).count()).toBe(0);
    await page.goForward();
    await expect.poll(() => detailsTitle(page).textContent()).toBe(mitigatedThreat.title.en);

    await page.getByRole('button', { name: en.details.close }).click();
    await expect.poll(() => search(page)).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link followed from the bottom of the details opens the next node at its title', async () => {
    const { page, errors } = await open(`?node=${mitigatedThreat.id}`);
    await ready(page);
    const panel = page.getByTestId('details');
    await panel.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    const control = index.node(index.incoming(mitigatedThreat.id, 'mitigates')[0]!.source)!;
    await panel.locator(`[data-node-id="${control.id}"]`).first().click();
    await expect.poll(() => detailsTitle(page).textContent()).toBe(control.title.en);
    const title = await detailsTitle(page).boundingBox();
    const frame = await panel.boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(frame!.y);
    expect(title!.y + title!.height).toBeLessThanOrEqual(frame!.y + frame!.height);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone, the details of a node picked in the list, or named by a link, come into view', async () => {
    const phone = { viewport: { width: 400, height: 850 }, isMobile: true, hasTouch: true };
    const inView = async (page: Page) => {
      const box = await detailsTitle(page).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= phone.viewport.height;
    };
    const { page, errors } = await open('', phone);
    await ready(page);
    const row = page.getByTestId('visible-nodes').locator(`[data-node-id="${mitigatedThreat.id}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.tap();
    await expect.poll(() => detailsTitle(page).textContent()).toBe(mitigatedThreat.title.en);
    expect(await inView(page)).toBe(true);
    await page.context().close();

    const { page: linked, errors: linkedErrors } = await open(`?node=${mitigatedThreat.id}`, phone);
    // The filter column stays as the page starts it: the link names the node, not a list row.
    await linked.waitForSelector('[data-graph-ready="true"]');
    await expect.poll(() => detailsTitle(linked).textContent()).toBe(mitigatedThreat.title.en);
    expect(await inView(linked)).toBe(true);
    expect([...errors, ...linkedErrors]).toEqual([]);
    await linked.context().close();
  });

  it('a shared link reproduces the view in a new browser context', async () => {
    const { page } = await open('');
    await ready(page);
    await page.getByRole('checkbox', { name: en.lifecycle.use }).check();
    await page.getByRole('checkbox', { name: en.impact['model-behaviour-integrity'] }).check();
    await page.getByRole('switch', { name: en.filters.general }).uncheck();
    const first = (await listedIds(page))[0]!;
    await page.getByTestId('visible-nodes').locator(`[data-node-id="${first}"]`).click();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => search(page)).toContain('lang=ja');
    const ids = await listedIds(page);
    const heading = await detailsTitle(page).textContent();
    const shared = page.url();
    await page.context().close();

    const { page: other, errors } = await open(shared.slice(appUrl('').length));
    await ready(other);
    expect(other.url()).toBe(shared);
    expect(await listedIds(other)).toEqual(ids);
    expect(await detailsTitle(other).textContent()).toBe(heading);
    expect(heading).toBe(index.node(first)!.title.ja);
    expect(await other.locator('html').getAttribute('lang')).toBe('ja');
    expect(errors).toEqual([]);
    await other.context().close();
  });

  it('the language switch shows Japanese titles', async () => {
    const { page, errors } = await open('');
    await ready(page);
    const node = index.node(expectedIds()[0]!)!;
    const item = page.getByTestId('visible-nodes').locator(`[data-node-id="${node.id}"]`);
    expect(await item.textContent()).toContain(node.title.en);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => item.textContent()).toContain(node.title.ja);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.getByRole('checkbox', { name: '利用時' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches a node from the keyboard: Tab to search, type, ArrowDown, Enter', async () => {
    const { page, errors } = await open('');
    await ready(page);
    const targetId = index.node('evasion')?.id ?? mitigatedThreat.id;
    const target = parsed.dataset.nodes.find((node) => node.id === targetId)!;
    const query =
      target.references.find((reference) => reference.id?.startsWith('AML.'))?.id ?? target.title.en;
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type(query);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsTitle(page).textContent()).toBe(target.title.en);
    // The address follows once the frame with the details has been painted.
    await expect.poll(() => new URLSearchParams(search(page)).get('node')).toBe(target.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tells what it ignored in a bad link and still works', async () => {
    const { page, errors } = await open('?impact=foo&node=nosuchnode&lifecycle=use');
    await ready(page);
    const notices = page.getByTestId('notices');
    expect(await notices.textContent()).toContain('impact: "foo" is not a known impact');
    expect(await notices.textContent()).toContain('node: "nosuchnode" is not a known node');
    expect(search(page)).toBe('?lifecycle=use');
    expect(await listedIds(page)).toEqual(expectedIds({ lifecycle: ['use'] }));
    await notices.getByRole('button', { name: en.notices.dismiss }).click();
    expect(await notices.textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link whose filters hide its node says so, and one click shows the node in the graph', async () => {
    const hidden = index.nodes.find(
      (node) => node.kind === 'threat' && !expectedIds({ lifecycle: ['runtime'] }).includes(node.id),
    )!;
    const { page, errors } = await open(`?lifecycle=runtime&node=${hidden.id}`);
    await ready(page);
    expect(await graphCount(page)).toBe(String(drawnCount({ lifecycle: ['runtime'] })));
    const note = page.getByTestId('details').getByRole('note');
    expect(await note.getByRole('listitem').allTextContents()).toEqual([
      `${en.filters.lifecycle}: ${en.lifecycle.runtime}`,
    ]);
    await note.getByRole('button', { name: en.details.hidden.clear_one }).click();
    await page.waitForFunction(() => !new URL(location.href).search.includes('lifecycle'));
    expect(search(page)).toBe(`?node=${hidden.id}`);
    expect(await graphCount(page)).toBe(String(expectedIds().length));
    expect(await page.getByTestId('details').getByRole('note').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the details panel keeps every word of a related node whole beside its kind and hidden mark', async () => {
    // The Top 10 item mapped to the longest word, with an impact filter that hides the threats it maps to.
    const longestWord = (id: string) =>
      Math.max(
        ...index
          .node(id)!
          .title.en.split(' ')
          .map((word) => word.length),
      );
    const item = index.nodes
      .filter((node) => node.kind === 'ml-top10')
      .map((node) => ({ node, targets: index.outgoing(node.id, 'maps-to').map((edge) => edge.target) }))
      .sort(
        (a, b) => Math.max(0, ...b.targets.map(longestWord)) - Math.max(0, ...a.targets.map(longestWord)),
      )[0]!;
    const impact = IMPACTS.find((value) =>
      item.targets.every((id) => !expectedIds({ impact: [value] }).includes(id)),
    );
    // A reading view: its details panel is the narrowest.
    const { page, errors } = await open(`ml-top10?${impact ? `impact=${impact}&` : ''}node=${item.node.id}`);
    const titles = page
      .getByTestId('details')
      .locator('section.relation')
      .filter({ has: page.getByRole('heading', { name: 'Maps to', exact: true }) })
      .locator('.node-button__title');
    await titles.first().waitFor();
    expect(await titles.count()).toBe(item.targets.length);
    const broken = await titles.evaluateAll((elements) =>
      elements.flatMap((element) => {
        // Measured before the probe joins the title, which would widen it.
        const width = element.getBoundingClientRect().width;
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        element.append(probe);
        const widest = Math.max(
          ...(element.firstChild?.textContent ?? '').split(/[\s-]/).map((word) => {
            probe.textContent = word;
            return probe.getBoundingClientRect().width;
          }),
        );
        probe.remove();
        return widest > width + 0.5 ? [element.textContent] : [];
      }),
    );
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 1280×800 laptop screen without sideways scrolling', async () => {
    const { page, errors } = await open('?node=evasion', { viewport: { width: 1280, height: 800 } });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    for (const name of ['banner', 'navigation', 'main', 'complementary']) {
      const box = await page
        .getByRole(name as 'banner')
        .first()
        .boundingBox();
      expect(box && box.width > 0 && box.x + box.width <= 1280).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a not-found page for unknown paths', async () => {
    const { page } = await open('no/such/page');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en.notFound.heading);
    await page.getByRole('link', { name: en.notFound.home }).click();
    await ready(page);
    await page.context().close();
  });
});
