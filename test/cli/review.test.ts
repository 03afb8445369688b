/** `gkml review`: the yearly 动态调整 list of the example registers, as text, JSON and a workbook. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { projectWorkbook } from '../helpers/xlsx-projection.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/review');
const scratch = mkdtempSync(join(tmpdir(), 'gkml-review-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('gkml review on examples/', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`text (${lang}): due and changed documents per region`, async () => {
      const t = await runInProcess(['review', 'examples', '--year', '2026', '--lang', lang], {
        cwd: REPO_ROOT,
        lang,
      });
      expect(t.exitCode).toBe(0);
      expect(t.stderr).toBe('');
      await expectGolden(formatTranscript(t), join(GOLDEN, `examples.${lang}.txt`));
    });
  }

  it('json for one region, on stdout', async () => {
    const args = ['review', 'examples/yunchuan/liulin', '--year', '2026', '-f', 'json'];
    const t = await runInProcess(args, { cwd: REPO_ROOT });
    const parsed = JSON.parse(t.stdout) as { regions: { name: string; due: unknown[] }[] };
    expect(parsed.regions.map((r) => r.name)).toEqual(['柳林县']);
    await expectGolden(formatTranscript(t), join(GOLDEN, 'liulin.json.txt'));
  });

  it('a year with nothing due gives empty lists, not an error', async () => {
    const t = await runInProcess(['review', 'examples', '--year', '2024', '-f', 'json'], {
      cwd: REPO_ROOT,
    });
    const parsed = JSON.parse(t.stdout) as { regions: { due: unknown[]; changed: unknown[] }[] };
    expect(parsed.regions.flatMap((r) => [...r.due, ...r.changed])).toEqual([]);
  });

  it('xlsx: the two lists as sheets', async () => {
    const out = join(scratch, 'review.xlsx');
    const t = await runInProcess(
      ['review', 'examples', '--year', '2026', '-f', 'xlsx', '-o', out],
      { cwd: REPO_ROOT },
    );
    expect(t.exitCode).toBe(0);
    const projection = await projectWorkbook(readFileSync(out));
    await expectGolden(
      `${JSON.stringify(projection, null, 2)}\n`,
      join(GOLDEN, 'examples.xlsx.json'),
    );
  });

  it('refuses a malformed year and xlsx without a file (exit 2)', async () => {
    const year = await runInProcess(['review', 'examples', '--year', '26'], { cwd: REPO_ROOT });
    expect(year.exitCode).toBe(2);
    const xlsx = await runInProcess(['review', 'examples', '-f', 'xlsx'], { cwd: REPO_ROOT });
    expect(xlsx.exitCode).toBe(2);
  });
});

describe('gkml export --documents', () => {
  it('writes each register as a workbook with its overdue list', async () => {
    const out = join(scratch, 'registers');
    const t = await runInProcess(['export', 'examples/yunchuan/liulin', '--documents', '-o', out], {
      cwd: REPO_ROOT,
    });
    expect(t.exitCode).toBe(0);
    expect(
      t.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('/').pop()),
    ).toEqual(['431421-柳林县-发文登记.xlsx']);
    const projection = await projectWorkbook(
      readFileSync(join(out, '431421-柳林县-发文登记.xlsx')),
    );
    expect(projection.map((sheet) => sheet.name)).toEqual(['发文登记', '逾期清单', '征求意见']);
    await expectGolden(
      `${JSON.stringify(projection, null, 2)}\n`,
      join(GOLDEN, 'liulin-register.xlsx.json'),
    );
  });
});
