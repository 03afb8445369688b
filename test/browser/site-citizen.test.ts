/**
 * The examples' site in Chromium, as a citizen on a phone and a portal editor on a laptop use it:
 * search as people ask, no dead ends, the table at the widths where it used to break, the sticky
 * header, the 大字版 switch, dark colours, the report's reflow, print. With GKML_SCREENSHOTS=docs
 * the screenshots of docs/site.md are written to docs/images/ (look at them before committing).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutput } from '../../src/io/output/build.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { loadSiteTemplates } from '../../src/pipeline/site-templates.js';
import { exportDownloadPlan } from '../../src/render/site/downloads.js';
import { renderSite } from '../../src/render/site/index.js';
import { close, HAVE_CHROMIUM, launch, watch } from '../helpers/browser.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';

/* The few browser globals the page functions below use (the project compiles without the DOM). */
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number; className: string };
  body: unknown;
  querySelector: (selector: string) => unknown;
};
declare const window: { scrollTo: (x: number, y: number) => void; innerWidth: number };
declare function getComputedStyle(element: unknown): {
  backgroundColor: string;
  outlineColor: string;
  fontSize: string;
  display: string;
};

const SITE = join(REPO_ROOT, 'test/.artifacts/site-examples');
const DOCS_IMAGES = join(REPO_ROOT, 'docs/images');
const WRITE_DOCS = process.env.GKML_SCREENSHOTS === 'docs';
const url = (path: string) => pathToFileURL(join(SITE, path)).href;
const search = (query: string) => `${url('search.html')}?q=${encodeURIComponent(query)}`;
/** A county's catalog of 社会救助 in the examples (河西区). */
const CATALOG = 'r/431402/social-assistance.html';

async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  if (!WRITE_DOCS) return;
  mkdirSync(DOCS_IMAGES, { recursive: true });
  // JPEG at 70: a tenth of a PNG's size for pages of text, still sharp enough to read.
  const file = join(DOCS_IMAGES, `${name}.jpg`);
  await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
  expect(statSync(file).size).toBeLessThan(200_000);
}

describe.skipIf(!HAVE_CHROMIUM)('the examples site for citizens and portal editors', () => {
  let browser: BrowserContext;

  beforeAll(async () => {
    const loaded = await loadRepository(join(REPO_ROOT, 'examples'), {
      cwd: REPO_ROOT,
      today: TEST_TODAY,
    });
    const analysis = analyse(loaded, { coverage: true });
    if (!analysis.model) throw new Error('the examples did not load');
    const files = renderSite(analysis.model, {
      templates: loadSiteTemplates(),
      downloads: exportDownloadPlan,
      report: {
        files: loaded.files.length,
        diagnostics: analysis.diagnostics,
        ...(analysis.coverage ? { coverage: analysis.coverage } : {}),
      },
    });
    rmSync(SITE, { recursive: true, force: true });
    await buildOutput(
      SITE,
      [...files].map(([path, data]) => ({ path, key: path, render: () => data })),
    );
    browser = await launch();
  });

  afterAll(async () => {
    await close(browser);
  });

  it('“低保怎么申请” puts the 办事指南 row first, once, with the regions that publish it', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(search('低保怎么申请'));
    const first = page.locator('#search-results > li').first();
    await expect.poll(() => first.locator('h2 a').textContent()).toBe('最低生活保障 › 办事指南');
    expect(await first.locator('.places a').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#search-notes').textContent()).toContain('办事指南类事项排在前面');
    expect(await page.locator('#search-notes').textContent()).toContain('最低生活保障');
    await shot(page, 'search-phone');
    await first.locator('h2 a').click();
    await page.waitForURL(/social-assistance\.html#item-/u);
    expect(await page.locator('tr:target').count()).toBe(1);
    expect(log).toEqual({ console: [], errors: [], dialogs: [], requests: [] });
    await page.close();
  });

  it('a query that finds nothing offers the nearest words and the domain lists', async () => {
    const page = await browser.newPage();
    await page.goto(search('最低生活费用'));
    await expect.poll(() => page.locator('#search-help').isVisible()).toBe(true);
    const suggestion = page.locator('#search-help a').first();
    expect(await suggestion.textContent()).toBe('最低生活保障');
    expect(await page.locator('#search-help a[href$="index.html#domains"]').count()).toBe(1);
    await suggestion.click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows twenty results, then more on request', async () => {
    const page = await browser.newPage();
    await page.goto(search('hexi'));
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(20);
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(40);
    await page.close();
  });

  it('a long unbroken query does not widen the page', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(search('最'.repeat(400)));
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/…”相关/u);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the home page links each domain to the regions below that publish it', async () => {
    const page = await browser.newPage();
    await page.goto(url('index.html'));
    const assistance = page.locator('#domain-social-assistance');
    expect(await assistance.locator('.by').textContent()).toMatch(/^由下级公开：河西区 · 柳林县/u);
    await assistance.locator('.by a').first().click();
    await page.waitForURL(/r\/431402\/social-assistance\.html$/u);
    await page.close();
  });

  for (const width of [961, 1000, 1093, 1151, 1366]) {
    it(`the catalog fits at ${width}px, as a table or as cards`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url(CATALOG));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const box = await page.locator('table.catalog').boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
      if (width === 1366) await shot(page, 'catalog-desktop');
      await page.close();
    });
  }

  it('keeps the header row in view while scrolling the table', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(url(CATALOG));
    await page.evaluate(() => {
      window.scrollTo(0, 1500);
    });
    const header = await page.locator('table.catalog thead').boundingBox();
    expect(Math.abs(header?.y ?? 1000)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('marks the row a link leads to on a phone, even rows too; empty lines are left out', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(CATALOG));
    const second = await page.locator('table.catalog tbody tr').nth(1).getAttribute('id');
    await page.goto(`${url(CATALOG)}#${second ?? ''}`);
    const row = page.locator('tr:target');
    expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(255, 240, 160)',
    );
    expect(await page.locator('td.marks', { hasText: /·\s*·/u }).count()).toBe(0);
    const blank = page.locator('td.blank').first();
    if ((await blank.count()) > 0) {
      expect(await blank.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    }
    await shot(page, 'catalog-phone');
    await page.close();
  });

  it('the focus ring in the red header is yellow (≥3:1 against the red)', async () => {
    const page = await browser.newPage();
    await page.goto(url('index.html'));
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the site's name
    await page.keyboard.press('Tab'); // the search box
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('id')).toBe('q');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineColor)).toBe(
      'rgb(255, 221, 0)',
    );
    await page.close();
  });

  it('大字版 enlarges the text, is remembered on the next page, and the table turns into cards', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(url('index.html'));
    const toggle = page.locator('#size-toggle');
    expect(await toggle.isVisible()).toBe(true);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.goto(url(CATALOG));
    expect(await page.evaluate(() => document.documentElement.className)).toBe('large');
    expect(await page.locator('#size-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'catalog-large-text');
    await page.locator('#size-toggle').click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    await page.close();
  });

  it('follows a dark colour scheme', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url('index.html'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(23, 25, 28)',
    );
    await page.close();
  });

  for (const width of [390, 320]) {
    it(`report.html reflows at ${width}px`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url('report.html'));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('prints a region page without its download list, notes no larger than the table', async () => {
    const page = await browser.newPage();
    await page.goto(url('r/431402/index.html'));
    await page.emulateMedia({ media: 'print' });
    const downloads = page.locator('.region-downloads');
    expect(await downloads.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await page.goto(url(CATALOG));
    for (const selector of ['.legend', '.lead', '.guideline']) {
      const node = page.locator(selector).first();
      if ((await node.count()) === 0) continue;
      expect(await node.evaluate((el) => getComputedStyle(el).fontSize), selector).toBe('12px');
    }
    await page.close();
  });

  it('home page at phone and desktop width', async () => {
    const page = await browser.newPage();
    for (const [width, height, name] of [
      [390, 844, 'home-phone'],
      [1366, 900, 'home-desktop'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(url('index.html'));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await shot(page, name);
    }
    await page.close();
  });
});
