/**
 * The site's search, measured as a citizen meets it: the examples' site built by the compiled gkml
 * (npm run build first), opened from file:// in Debian's Chromium, and for each query the time from
 * navigation to the first result on screen (median of 5 cold loads), plus the index's size.
 * Usage: node bench/site-search.js — prints a table for docs/site.md. Timing is not a test.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeSite } from '../dist/io/site-writer.js';
import { loadRepository } from '../dist/pipeline/load-repository.js';
import { loadSiteTemplates } from '../dist/pipeline/site-templates.js';
import { renderSite } from '../dist/render/site/index.js';

const QUERIES = ['低保', '低保怎么申请', 'dibao', '最底生活保障', '拆迁', '最低生活费用'];
const RUNS = 5;

const root = new URL('..', import.meta.url).pathname;
const loaded = await loadRepository(join(root, 'examples'), { cwd: root, today: '2026-06-30' });
const out = mkdtempSync(join(tmpdir(), 'gkml-search-bench-'));
await writeSite(out, renderSite(loaded.model, { templates: loadSiteTemplates() }));
const index = join(out, 'assets/search-index.js');
const bytes = statSync(index).size;
const gzipped = gzipSync(readFileSync(index)).length;
console.log(
  `search index: ${(bytes / 1024).toFixed(0)} KB (${(gzipped / 1024).toFixed(0)} KB gzipped)`,
);

const browser = await chromium.launch({
  executablePath: process.env.GKML_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const url = pathToFileURL(join(out, 'search.html')).href;
console.log('| query | first result (median of 5) |');
console.log('|---|---|');
for (const query of QUERIES) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = Date.now();
    await page.goto(`${url}?q=${encodeURIComponent(query)}`);
    // A result, or the help that a query without results shows.
    await page.waitForSelector('#search-results li, #search-help:not([hidden])');
    times.push(Date.now() - start);
    await page.goto('about:blank');
  }
  times.sort((a, b) => a - b);
  console.log(`| ${query} | ${times[Math.floor(RUNS / 2)]} ms |`);
}
await browser.close();
rmSync(out, { recursive: true, force: true });
