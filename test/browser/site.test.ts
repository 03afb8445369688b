/**
 * The generated site in a real browser (Debian's Chromium), opened from file:// as from a USB
 * stick: clean pages, working search, inert hostile text, phone and desktop screenshots (written
 * to test/.artifacts/, which git ignores: look at them after a change).
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteTemplates } from '../../src/pipeline/site-templates.js';
import { buildOutput } from '../../src/io/output/build.js';
import { renderDownloads } from '../../src/render/site/export-downloads.js';
import { renderSite } from '../../src/render/site/index.js';
import { close, HAVE_CHROMIUM, IN_CI, launch, MISSING_MESSAGE, watch } from '../helpers/browser.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';
import { fixtureModel } from '../helpers/site-fixture.js';

/*
 * The few browser globals the page functions below use. The project compiles without the DOM
 * library (src must not touch it); these functions run in the page, not in Node.
 */
declare const window: { innerWidth: number };
declare const document: {
  documentElement: { lang: string; scrollWidth: number; clientWidth: number };
  body: unknown;
};
declare function getComputedStyle(element: unknown): {
  display: string;
  fontFamily: string;
  backgroundColor: string;
};

const ARTIFACTS = join(REPO_ROOT, 'test/.artifacts');
const SITE = join(ARTIFACTS, 'site');
const SHOTS = join(ARTIFACTS, 'screenshots');
const url = (path: string) => pathToFileURL(join(SITE, path)).href;

if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`\n[browser tests skipped] ${MISSING_MESSAGE}\n`);
}

describe('a browser is available', () => {
  it.runIf(IN_CI)('in CI the browser tests must run', () => {
    expect(HAVE_CHROMIUM, MISSING_MESSAGE).toBe(true);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('the site in Chromium, from file://', () => {
  let browser: BrowserContext;
  const model = fixtureModel();
  let files = new Map<string, string | Uint8Array>();
  let pages: string[] = [];

  beforeAll(async () => {
    // The real downloads (workbooks, CSV, JSON), so that their links lead somewhere.
    const downloads = await renderDownloads(model, TEST_TODAY);
    const site = renderSite(model, { templates: loadSiteTemplates(), downloads: downloads.plan });
    files = new Map([...site, ...downloads.files]);
    pages = [...site.keys()].filter((path) => path.endsWith('.html'));
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

  it('the console check catches a page that breaks the CSP (the harness can fail)', async () => {
    const broken = join(SITE, 'broken.html');
    const head = String(files.get('index.html') ?? '').split('</head>')[0] ?? '';
    writeFileSync(broken, `${head}<script>window.ran = 1;</script></head><body></body></html>`);
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(pathToFileURL(broken).href);
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
    expect(log.console.join('\n')).toMatch(/Content Security Policy/u);
    await page.close();
    rmSync(broken);
  });

  it('every page loads without console messages, errors or requests leaving the machine', async () => {
    expect(pages.length).toBe(13);
    const page = await browser.newPage();
    const log = watch(page);
    for (const path of pages) {
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('zh-CN');
      expect(
        await page.evaluate(() => getComputedStyle(document.body).fontFamily),
        `${path}: the stylesheet loaded`,
      ).toContain('system-ui');
    }
    expect(log).toEqual({ console: [], errors: [], dialogs: [], requests: [] });
    await page.close();
  });

  it('search finds an item from the address, as one types, and leads to its row', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${url('search.html')}?q=${encodeURIComponent('出生')}`);
    await expect.poll(() => page.locator('#search-results li').count()).toBe(2);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('找到 2 个事项。');

    await page.fill('#q', '');
    await page.locator('#q').pressSequentially('母婴保健');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(1);
    const link = page.locator('#search-results a');
    expect(await link.textContent()).toBe('妇幼健康服务 › 出生医学证明办理');
    expect(await page.locator('#search-results mark').count()).toBe(1);

    await link.click();
    await page.waitForURL(/health\.html#item-maternal\.birth-certificate$/u);
    expect(await page.locator('tr:target th[scope="row"]').textContent()).toBe('出生医学证明办理');
    expect(log).toEqual({ console: [], errors: [], dialogs: [], requests: [] });
    await page.close();
  });

  it("the downloads of a region's pages are there: its workbook, each catalog's CSV and JSON", async () => {
    const page = await browser.newPage();
    for (const path of ['r/410102/index.html', 'r/410102/health.html']) {
      await page.goto(url(path));
      const links = await page.locator('a[download]').all();
      expect(links.length, path).toBeGreaterThanOrEqual(3);
      for (const link of links) {
        const href = await link.evaluate((a) => (a as unknown as { href: string }).href);
        expect(existsSync(fileURLToPath(href)), href).toBe(true);
      }
    }
    await page.close();
  });

  it('the search form of any page opens the search with the query', async () => {
    const page = await browser.newPage();
    await page.goto(url('r/410102/index.html'));
    await page.fill('#q', '公安');
    await page.locator('form.search button').click();
    await page.waitForURL(/search\.html\?q=/u);
    await expect.poll(() => page.locator('#search-results li').count()).toBe(1);
    await page.close();
  });

  it('hostile text stays text: no script runs, no element is injected, no javascript: link', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    for (const path of ['r/410103/employment.html', 'r/410103/index.html']) {
      await page.goto(url(path));
      expect(await page.locator('main img, main svg, main style, main b').count(), path).toBe(0);
      // Only the site's own script (the 大字版 switch); nothing from the catalog text.
      expect(await page.locator('script:not([src$="assets/site.js"])').count(), path).toBe(0);
      expect(await page.locator('a[href^="javascript"], a[href^=" javascript"]').count()).toBe(0);
      for (const link of await page.locator('a').all()) {
        const href = await link.evaluate((a) => (a as unknown as { href: string }).href);
        expect(href, path).toMatch(/^(file|https?|tel|mailto):/u);
      }
    }
    await page.goto(url('r/410103/employment.html'));
    expect(await page.locator('td.l1').textContent()).toBe('<script>alert("l1")</script>');
    await page.goto(`${url('search.html')}?q=alert`);
    await expect.poll(() => page.locator('#search-results li').count()).toBe(1);
    expect(await page.locator('#search-results img').count()).toBe(0);
    expect(log).toEqual({ console: [], errors: [], dialogs: [], requests: [] });
    await page.close();
  });

  it('the skip link is the first stop of the keyboard and is visible when focused', async () => {
    const page = await browser.newPage();
    await page.goto(url('r/410102/employment.html'));
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('跳到正文');
    const box = await focused.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await focused.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(255, 221, 0)',
    );
    await page.close();
  });

  it('prints the official table: no navigation, no 来源 column, headers repeated', async () => {
    const page = await browser.newPage();
    await page.goto(url('r/410102/employment.html'));
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    expect(await display('header.site')).toBe('none');
    expect(await display('th.prov')).toBe('none');
    expect(await display('table.catalog thead')).toBe('table-header-group');
    expect(await display('td.mark')).toBe('table-cell');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  describe('screenshots', () => {
    const shots = [
      'index.html',
      'r/410102/index.html',
      'r/410102/employment.html',
      'r/410102/bundles/newborn.html',
      `search.html?q=${encodeURIComponent('出生')}`,
    ];
    for (const [width, height, name] of [
      [390, 844, 'phone'],
      [1366, 900, 'desktop'],
    ] as const) {
      it(`at ${name} width (${width}px), nothing wider than the screen`, async () => {
        mkdirSync(SHOTS, { recursive: true });
        const page = await browser.newPage();
        await page.setViewportSize({ width, height });
        expect(await page.evaluate(() => window.innerWidth)).toBe(width);
        for (const path of shots) {
          await page.goto(
            path.startsWith('search') ? `${url('search.html')}${path.slice(11)}` : url(path),
          );
          await page.waitForLoadState('load');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${path} overflows at ${width}px`).toBeLessThanOrEqual(0);
          const file = join(SHOTS, `${name}-${path.split('?')[0]?.replaceAll('/', '_') ?? ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size).toBeGreaterThan(5_000);
        }
        await page.close();
      });
    }
  });
});
