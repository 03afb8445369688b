/**
 * `gkml import --baseline`: a province brings its complete tables. The workbook is built from the
 * bundled baselines (a county scaffolded by `gkml init`, exported), imported as baselines, and a
 * repository whose gkml.yaml points `national:` at them validates, merges and diffs against them.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord } from '../../src/core/util/json.js';
import { runInProcess } from '../helpers/cli.js';

const SOURCE = '某省人民政府办公厅关于印发基层政务公开标准目录的通知（某政办发〔2026〕1号）';

let work: string;
let imported: { exitCode: number; stderr: string };

/** Items of a catalog file as plain records. */
async function itemsOf(path: string): Promise<Record<string, unknown>[]> {
  const data: unknown = parse(await readFile(path, 'utf8'));
  const items = isRecord(data) && Array.isArray(data.items) ? data.items : [];
  return items.filter(isRecord);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gkml-baseline-'));
  // A workbook of the bundled baselines: a county that inherits everything, exported.
  await mkdir(join(work, 'made'));
  await writeFile(join(work, 'made', 'gkml.yaml'), 'example: false\n');
  const run = (args: string[], cwd = work) => runInProcess(args, { cwd });
  const steps = [
    await run(['init', 'made/county', '--code', '110101', '--name', '示例区', '--level', '县级']),
    await run(['export', 'made', '--out', 'xlsx', '--date', '2026-06-30']),
  ];
  for (const step of steps) expect(step.exitCode, step.stderr).toBe(0);
  // The province's repository: its own baselines, then a county built on them.
  await mkdir(join(work, 'province'));
  const result = await run([
    'import',
    'xlsx/110101-示例区.xlsx',
    '--baseline',
    '--source',
    SOURCE,
    '--out',
    'province/national',
  ]);
  imported = { exitCode: result.exitCode, stderr: result.stderr };
  await writeFile(join(work, 'province', 'gkml.yaml'), 'national: national\nexample: false\n');
  const init = await run([
    'init',
    'province/county',
    '--code',
    '110102',
    '--name',
    '乙区',
    '--level',
    '县级',
  ]);
  expect(init.exitCode, init.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gkml import --baseline', () => {
  it('writes a complete baseline per domain and says how to use it', async () => {
    expect(imported.exitCode).toBe(0);
    expect(imported.stderr).toContain('national: province/national');
    expect(await readdir(join(work, 'province', 'national'))).toHaveLength(26);
  });

  it('cites the --source document on every item and keeps the national ids', async () => {
    const file = join(work, 'province', 'national', 'social-assistance.yaml');
    const data: unknown = parse(await readFile(file, 'utf8'));
    expect(isRecord(data) ? data.completeness : undefined).toMatchObject({ status: 'complete' });
    expect(isRecord(data) ? data.guideline : undefined).toMatchObject({
      docNo: '民办函〔2019〕52号',
    });
    const items = await itemsOf(file);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.source).toMatchObject({
        document: '某省人民政府办公厅关于印发基层政务公开标准目录的通知',
        docNo: '某政办发〔2026〕1号',
      });
    }
    const ids = items.map((item) => item.id);
    expect(ids).toContain('destitute-support.review-info');
    // The deprecated id is not handed down, so it is not in the workbook either.
    expect(ids).not.toContain('destitute-support.review-approval');
  });

  it('is what validate, merge and diff of the repository compare with', async () => {
    const validate = await runInProcess(['validate', 'province', '--format', 'json'], {
      cwd: work,
    });
    expect(validate.exitCode, validate.stdout).toBe(0);
    const explain = await runInProcess(
      ['merge', 'province/county', '--explain', '--domain', 'employment'],
      { cwd: work },
    );
    expect(explain.stdout).toContain('province/national/employment.yaml');
    expect(explain.stdout).not.toContain('gkml:catalogs/national');
    const diff = await runInProcess(['diff', 'province', '--format', 'json'], { cwd: work });
    const report: unknown = JSON.parse(diff.stdout);
    const totals = isRecord(report) && isRecord(report.totals) ? report.totals : {};
    expect(totals.expected).toBeGreaterThan(200);
    expect(totals.missing).toBe(0);
  });

  it('refuses --source without --baseline (exit 2)', async () => {
    const t = await runInProcess(
      ['import', 'xlsx/110101-示例区.xlsx', '--source', SOURCE, '--out', 'elsewhere'],
      { cwd: work },
    );
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('--baseline');
  });
});
