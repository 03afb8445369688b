/**
 * `gkml export`: writing. The fixture model goes straight to `exportSelection` (loading YAML is
 * the loader's job, tested with it): files and names, determinism, the one output writer (a
 * `.gkml/manifest.json`, a stranger's folder refused without --replace, a failed export leaving the
 * previous output as it was, an earlier export's `.gkml-export.json` accepted).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSelection, type ExportOptions } from '../../src/cli/commands/export/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { InputError, UsageError } from '../../src/cli/errors.js';
import { writeExports } from '../../src/cli/commands/export/write.js';
import { fixtureModel } from '../helpers/fixture-model.js';
import { TEST_TODAY } from '../helpers/cli.js';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'gkml-export-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function io(): CliIo & { out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    cwd: work,
    env: {},
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    lang: 'zh',
    colour: false,
    today: TEST_TODAY,
    out: () => stdout,
    err: () => stderr,
  };
}

function options(format: ExportOptions['format'], extra: Partial<ExportOptions> = {}) {
  return {
    paths: [],
    format,
    out: 'out',
    channels: 'checklist' as const,
    force: false,
    date: '2026-06-30',
    ...extra,
  };
}

function selection() {
  const model = fixtureModel();
  return { model, regions: model.regions, diagnostics: [], files: [] };
}

describe('gkml export (writing)', () => {
  it('writes one workbook per region that has catalogs, and lists them on stdout', async () => {
    const cli = io();
    expect(await exportSelection(selection(), options('xlsx'), cli)).toBe(0);
    expect(cli.out()).toBe('out/410102-中原区.xlsx\nout/410102001-林山寨街道.xlsx\n');
    expect(cli.err()).toBe('已写入 2 个文件到 out\n');
    expect((await readdir(join(work, 'out'))).sort()).toEqual([
      '.gkml',
      '410102-中原区.xlsx',
      '410102001-林山寨街道.xlsx',
    ]);
  });

  it('writes one csv or one json per catalog; a re-export replaces the folder whole', async () => {
    const cli = io();
    await exportSelection(selection(), options('csv'), cli);
    expect(await exportSelection(selection(), options('json'), cli)).toBe(0);
    const names = (await readdir(join(work, 'out'))).filter((n) => !n.startsWith('.')).sort();
    expect(names).toEqual([
      '410102-中原区-公共资源交易.json',
      '410102-中原区-就业.json',
      '410102-中原区-社会救助.json',
      '410102001-林山寨街道-就业.json',
    ]);
  });

  it('records what it wrote in .gkml/manifest.json, as compile and site do', async () => {
    await exportSelection(selection(), options('csv'), io());
    const manifest = JSON.parse(
      await readFile(join(work, 'out', '.gkml', 'manifest.json'), 'utf8'),
    ) as { tool: string; artifacts: Record<string, string> };
    expect(manifest.tool).toBe('gkml');
    expect(Object.keys(manifest.artifacts)).toEqual([
      '410102-中原区-公共资源交易.csv',
      '410102-中原区-就业.csv',
      '410102-中原区-社会救助.csv',
      '410102001-林山寨街道-就业.csv',
    ]);
  });

  it('gives the same bytes twice, and overwrites its own files without --force', async () => {
    await exportSelection(selection(), options('xlsx'), io());
    const first = await readFile(join(work, 'out', '410102-中原区.xlsx'));
    expect(await exportSelection(selection(), options('xlsx'), io())).toBe(0);
    const second = await readFile(join(work, 'out', '410102-中原区.xlsx'));
    expect(second.equals(first)).toBe(true);
  });

  it('never replaces a folder that is not an earlier output, unless --replace', async () => {
    await mkdir(join(work, 'out'));
    await writeFile(join(work, 'out', '410102-中原区.xlsx'), '办公室自己的表格');
    await writeFile(join(work, 'out', 'notes.txt'), '无关文件');
    const refused = exportSelection(selection(), options('xlsx'), io());
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(refused).rejects.toThrow(/--replace/u);
    expect(await readFile(join(work, 'out', '410102-中原区.xlsx'), 'utf8')).toBe(
      '办公室自己的表格',
    );
    expect((await readdir(join(work, 'out'))).sort()).toEqual(['410102-中原区.xlsx', 'notes.txt']);
    // --force is "despite errors" now, as in compile: it replaces nothing.
    await expect(
      exportSelection(selection(), options('xlsx', { force: true }), io()),
    ).rejects.toBeInstanceOf(UsageError);
    expect(await exportSelection(selection(), options('xlsx', { replace: true }), io())).toBe(0);
    expect((await readdir(join(work, 'out'))).sort()).toEqual([
      '.gkml',
      '410102-中原区.xlsx',
      '410102001-林山寨街道.xlsx',
    ]);
    expect((await readdir(work)).sort()).toEqual(['out']);
  });

  it('accepts an earlier export that has .gkml-export.json, unless it holds other files', async () => {
    await mkdir(join(work, 'out'));
    const legacy = { tool: 'gkml export', files: ['410102-中原区.xlsx'] };
    await writeFile(join(work, 'out', '.gkml-export.json'), JSON.stringify(legacy));
    await writeFile(join(work, 'out', '410102-中原区.xlsx'), 'old');
    await writeFile(join(work, 'out', 'notes.txt'), '无关文件');
    const refused = exportSelection(selection(), options('xlsx'), io());
    await expect(refused).rejects.toThrow(/--replace/u);
    await rm(join(work, 'out', 'notes.txt'));
    expect(await exportSelection(selection(), options('xlsx'), io())).toBe(0);
    expect((await readdir(join(work, 'out'))).sort()).toEqual([
      '.gkml',
      '410102-中原区.xlsx',
      '410102001-林山寨街道.xlsx',
    ]);
  });

  it('a failed export leaves the previous output as it was, and no lock or temporary folder', async () => {
    await exportSelection(selection(), options('xlsx'), io());
    const before = await readFile(join(work, 'out', '410102-中原区.xlsx'));
    const outputs = [
      { name: '410102-中原区.xlsx', data: 'new' },
      // A name no file system takes: the build fails after the first file.
      { name: 'bad\u0000.csv', data: 'x' },
    ];
    const target = { out: 'out', replace: false, inputs: [] };
    await expect(writeExports(outputs, target, 0, io())).rejects.toBeInstanceOf(InputError);
    expect((await readFile(join(work, 'out', '410102-中原区.xlsx'))).equals(before)).toBe(true);
    expect((await readdir(join(work, 'out'))).sort()).toEqual([
      '.gkml',
      '410102-中原区.xlsx',
      '410102001-林山寨街道.xlsx',
    ]);
    expect(await readdir(work)).toEqual(['out']);
  });

  it('a killed export (its folder left half-built beside) does not touch the output', async () => {
    await exportSelection(selection(), options('csv'), io());
    await mkdir(join(work, 'out.gkml-tmp-0123456789'));
    await writeFile(join(work, 'out.gkml-tmp-0123456789', 'half.csv'), 'x');
    expect(await exportSelection(selection(), options('json'), io())).toBe(0);
    // The half-built folder is gone; the csv output replaced is kept as the spare.
    expect((await readdir(work)).sort()).toEqual(['out', 'out.gkml-spare']);
    const names = await readdir(join(work, 'out'));
    expect(names.filter((n) => n.endsWith('.csv') || n === 'half.csv')).toEqual([]);
  });

  it('refuses an --out that holds what it exports', async () => {
    await expect(
      exportSelection(selection(), options('xlsx', { out: '.', paths: ['a'] }), io()),
    ).rejects.toThrow(/replaced whole|整体替换/u);
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses an --out that is a file', async () => {
    await writeFile(join(work, 'taken'), 'x');
    await expect(
      exportSelection(selection(), options('xlsx', { out: 'taken' }), io()),
    ).rejects.toThrow(/--out must be a folder/u);
  });

  it('exports nothing when the model has errors', async () => {
    const { diagnostic } = await import('../../src/core/diagnostics/index.js');
    const broken = {
      ...selection(),
      diagnostics: [diagnostic('item-duplicate-id', { id: 'a', firstLine: 3 }, { file: 'a.yaml' })],
    };
    const cli = io();
    expect(await exportSelection(broken, options('xlsx'), cli)).toBe(1);
    expect(cli.err()).toContain('未导出');
    await expect(readdir(join(work, 'out'))).rejects.toThrow();
  });

  it('exports despite errors with --force, as compile publishes, and still exits 1', async () => {
    const { diagnostic } = await import('../../src/core/diagnostics/index.js');
    const broken = {
      ...selection(),
      diagnostics: [diagnostic('item-duplicate-id', { id: 'a', firstLine: 3 }, { file: 'a.yaml' })],
    };
    expect(await exportSelection(broken, options('xlsx', { force: true }), io())).toBe(1);
    expect((await readdir(join(work, 'out'))).filter((n) => n.endsWith('.xlsx'))).toHaveLength(2);
  });
});
