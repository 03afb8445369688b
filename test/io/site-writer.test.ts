/** The site writer: incremental (compare before writing), stale files removed, manifest safety. */
import {
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  existsSync,
  writeFileSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteTemplates } from '../../src/pipeline/site-templates.js';
import { inspectOutput, isSitePath, writeSite } from '../../src/io/site-writer.js';
import { renderSite } from '../../src/render/site/index.js';
import { COUNTY, fixtureModel } from '../helpers/site-fixture.js';

const templates = loadSiteTemplates();
const fresh = () => mkdtempSync(join(tmpdir(), 'gkml-site-'));
const previousOf = async (out: string) => {
  const state = await inspectOutput(out);
  return state.kind === 'site' ? state.manifest : undefined;
};

/** Sets every file's mtime to the epoch, so a rewrite is visible whatever the clock does. */
function age(out: string, paths: Iterable<string>) {
  for (const path of paths) utimesSync(join(out, path), 0, 0);
}

describe('writeSite', () => {
  it('writes everything once, then nothing when nothing changed', async () => {
    const out = fresh();
    const files = renderSite(fixtureModel(), { templates });
    const first = await writeSite(out, files);
    expect(first.written.length).toBe(files.size);
    expect(await inspectOutput(out)).toMatchObject({ kind: 'site' });
    age(out, files.keys());
    const second = await writeSite(out, files, await previousOf(out));
    expect(second).toEqual({ written: [], unchanged: [...files.keys()].sort(), removed: [] });
    for (const path of files.keys()) expect(statSync(join(out, path)).mtimeMs, path).toBe(0);
  });

  it('rewrites only the pages whose content changed', async () => {
    const out = fresh();
    await writeSite(out, renderSite(fixtureModel(), { templates }));
    const changed = fixtureModel();
    const county = changed.regions.find((r) => r.ref.code === COUNTY.code);
    const entry = county?.catalogs.find((c) => c.domain === 'health')?.items[0];
    if (!entry) throw new Error('fixture lacks the health item');
    entry.item.timeLimit = { text: '出生后30日内' };
    const files = renderSite(changed, { templates });
    age(out, files.keys());
    const result = await writeSite(out, files, await previousOf(out));
    // The health table and the bundle that shows the item; the search index holds no time limits.
    expect(result.written).toEqual(['r/410102/bundles/newborn.html', 'r/410102/health.html']);
    expect(readFileSync(join(out, 'r/410102/health.html'), 'utf8')).toContain('出生后30日内');
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(0);
  });

  it('rewrites the search index and counts when an item is added', async () => {
    const out = fresh();
    await writeSite(out, renderSite(fixtureModel(), { templates }));
    const changed = fixtureModel();
    const county = changed.regions.find((r) => r.ref.code === COUNTY.code);
    const health = county?.catalogs.find((c) => c.domain === 'health');
    const entry = health?.items[0];
    if (!health || !entry) throw new Error('fixture lacks the health item');
    health.items.push({ ...entry, item: { ...entry.item, id: 'maternal.second', l2: '预防接种' } });
    const result = await writeSite(out, renderSite(changed, { templates }), await previousOf(out));
    // The index, the counts on the home page, the city's list of counties and the county itself.
    expect(result.written).toEqual([
      'assets/search-index.js',
      'index.html',
      'r/410100/index.html',
      'r/410102/health.html',
      'r/410102/index.html',
    ]);
  });

  it('removes the files of the previous build that are gone, and their empty folders', async () => {
    const out = fresh();
    await writeSite(out, renderSite(fixtureModel(), { templates }));
    const changed = fixtureModel();
    const county = changed.regions.find((r) => r.ref.code === COUNTY.code);
    if (!county) throw new Error('fixture lacks the county');
    county.bundles = [];
    const result = await writeSite(out, renderSite(changed, { templates }), await previousOf(out));
    expect(result.removed).toEqual(['r/410102/bundles/newborn.html']);
    expect(existsSync(join(out, 'r/410102/bundles'))).toBe(false);
    expect(existsSync(join(out, 'r/410102/index.html'))).toBe(true);
  });

  it('writes bytes as they are, and compares them too', async () => {
    const out = fresh();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    const files = new Map<string, string | Uint8Array>([['downloads/a.xlsx', bytes]]);
    expect((await writeSite(out, files)).written).toEqual(['downloads/a.xlsx']);
    expect([...readFileSync(join(out, 'downloads/a.xlsx'))]).toEqual([...bytes]);
    expect((await writeSite(out, files, await previousOf(out))).unchanged).toEqual([
      'downloads/a.xlsx',
    ]);
  });

  it('never deletes outside the folder, whatever the manifest says', async () => {
    const root = fresh();
    const out = join(root, 'site');
    await mkdir(out);
    writeFileSync(join(root, 'precious.txt'), 'keep');
    writeFileSync(
      join(out, '.gkml-site.json'),
      JSON.stringify({ generator: 'gkml site', format: 1, files: ['../precious.txt', '/etc/x'] }),
    );
    const state = await inspectOutput(out);
    expect(state).toEqual({
      kind: 'site',
      manifest: { generator: 'gkml site', format: 1, files: [] },
    });
    await writeSite(out, new Map([['index.html', 'x']]), await previousOf(out));
    expect(readFileSync(join(root, 'precious.txt'), 'utf8')).toBe('keep');
  });

  it('tells an empty, a missing, a foreign folder and a file apart', async () => {
    const root = fresh();
    expect(await inspectOutput(join(root, 'none'))).toEqual({ kind: 'missing' });
    expect(await inspectOutput(root)).toEqual({ kind: 'empty' });
    writeFileSync(join(root, 'notes.txt'), 'mine');
    expect(await inspectOutput(root)).toEqual({ kind: 'foreign' });
    expect(await inspectOutput(join(root, 'notes.txt'))).toEqual({ kind: 'not-a-folder' });
    writeFileSync(join(root, '.gkml-site.json'), '{"generator":"other"}');
    expect(await inspectOutput(root)).toEqual({ kind: 'foreign' });
  });

  it('accepts only relative paths inside the folder', () => {
    expect(isSitePath('r/410102/index.html')).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'a/../../x', 'a//b', 'a\\b', './a']) {
      expect(isSitePath(bad), bad).toBe(false);
    }
  });
});
