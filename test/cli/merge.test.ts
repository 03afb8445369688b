/** `gkml merge`: on every example region, the formats, --explain, and every exit code. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isRecord } from '../../src/core/util/json.js';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/merge');
const run = (args: string[], lang: 'zh' | 'en' = 'zh') =>
  runInProcess(['merge', ...args], { cwd: REPO_ROOT, lang });

const REGIONS = [
  'examples/yunchuan',
  'examples/yunchuan/hexi',
  'examples/yunchuan/hexi/qiaodong',
  'examples/yunchuan/hexi/qiaodong/nanguan',
  'examples/yunchuan/hexi/shimen',
  'examples/yunchuan/liulin',
  'examples/yunchuan/liulin/beipo',
  'examples/yunchuan/liulin/beipo/yangjia',
];

function regionsOf(stdout: string): Record<string, unknown>[] {
  const document: unknown = parse(stdout);
  const regions = isRecord(document) ? document.regions : undefined;
  return Array.isArray(regions) ? regions.filter(isRecord) : [];
}

describe('gkml merge on examples/', () => {
  for (const folder of REGIONS) {
    it(`${folder}: exit 0, nothing on stderr, one region with its catalogs`, async () => {
      const t = await run([folder]);
      expect([t.exitCode, t.stderr]).toEqual([0, '']);
      const regions = regionsOf(t.stdout);
      expect(regions.map((r) => r.path)).toEqual([folder]);
      expect(Array.isArray(regions[0]?.catalogs) && regions[0].catalogs.length).toBeGreaterThan(0);
    });
  }

  it('the repository root gives every region, top-down', async () => {
    const t = await run(['examples']);
    expect(t.exitCode).toBe(0);
    expect(regionsOf(t.stdout).map((r) => r.path)).toEqual(REGIONS);
  });

  it('yaml (golden): 北坡乡, one domain named by its Chinese name', async () => {
    const t = await run(['examples/yunchuan/liulin/beipo', '--domain', '农村危房改造']);
    await expectGolden(formatTranscript(t), join(GOLDEN, 'beipo-rural-housing.yaml.txt'));
  });

  it('--explain (golden): 桥东街道 就业, in Chinese and in English', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = await run(
        ['examples/yunchuan/hexi/qiaodong', '--domain', 'employment', '--explain', '--lang', lang],
        lang,
      );
      expect(t.exitCode).toBe(0);
      await expectGolden(
        formatTranscript(t),
        join(GOLDEN, `qiaodong-employment.explain.${lang}.txt`),
      );
    }
  });

  it('--explain --format json: every item carries its provenance', async () => {
    const t = await run([
      'examples/yunchuan/liulin/beipo/yangjia',
      '--domain',
      '扶贫',
      '--explain',
      '--format',
      'json',
    ]);
    const document: unknown = JSON.parse(t.stdout);
    const catalog = isRecord(document) && Array.isArray(document.regions) ? document.regions : [];
    const text = JSON.stringify(catalog);
    expect(text).toContain('"provenance"');
    expect(text).toContain('"previousFrom"');
    expect(text).toContain('"layer":"431421200201"');
  });

  it('json without --explain has no provenance', async () => {
    const t = await run(['examples/yunchuan', '--format', 'json']);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).not.toContain('provenance');
    expect(JSON.parse(t.stdout)).toMatchObject({ example: true });
  });

  it('the same output every run', async () => {
    const first = await run(['examples', '--explain']);
    const second = await run(['examples', '--explain']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('through the built binary', () => {
    const t = runBinary(
      ['merge', 'examples/yunchuan', '--domain', 'fiscal-budget-final-accounts'],
      {
        cwd: REPO_ROOT,
      },
    );
    expect([t.exitCode, t.stderr]).toEqual([0, '']);
    expect(t.stdout).toContain('subject: 云川市财政局');
  });
});

describe('exit codes', () => {
  const fixture = (path: string) => `test/fixtures/merge/${path}`;

  it('1 with the diagnostics of the region and those above it, not of its sub-regions', async () => {
    const county = await run([fixture('cli-child-error/hexi')]);
    expect([county.exitCode, county.stderr]).toEqual([0, '']);
    const township = await run([fixture('cli-child-error/hexi/qiaodong')]);
    expect(township.exitCode).toBe(1);
    expect(township.stderr).toContain('merge-remove-unmatched');
    expect(township.stdout).toContain('桥东街道');
  });

  it('--fail-on warning makes warnings fail', async () => {
    const folder = fixture('merge-subject-generic/hexi');
    expect((await run([folder])).exitCode).toBe(0);
    expect((await run([folder, '--fail-on', 'warning'])).exitCode).toBe(1);
  });

  it('2 for an unknown domain, with suggestions (golden, both languages)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = await run(['examples/yunchuan', '--domain', '救灾x', '--lang', lang], lang);
      expect(t.exitCode).toBe(2);
      await expectGolden(formatTranscript(t), join(GOLDEN, `unknown-domain.${lang}.txt`));
    }
  });

  it('2 for a folder that does not exist, and for text without --explain', async () => {
    expect((await run(['examples/nowhere'])).exitCode).toBe(2);
    expect((await run(['examples', '--format', 'text'])).exitCode).toBe(2);
  });

  it('2 outside any repository', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gkml-merge-'));
    try {
      const t = await runInProcess(['merge', '.'], { cwd: folder });
      expect(t.exitCode).toBe(2);
      expect(t.stderr).toContain('repository-not-found');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
