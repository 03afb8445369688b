/**
 * `gkml export`: writing. The fixture model goes straight to `exportSelection` (loading YAML is
 * the loader's job, tested with it): files and names, determinism, the manifest that keeps
 * unrelated files safe, --force, atomic writes leaving nothing behind.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSelection, type ExportOptions } from '../../src/cli/commands/export/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { InputError } from '../../src/cli/errors.js';
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
      '.gkml-export.json',
      '410102-中原区.xlsx',
      '410102001-林山寨街道.xlsx',
    ]);
  });

  it('writes one csv and one json per catalog', async () => {
    const cli = io();
    await exportSelection(selection(), options('csv'), cli);
    await exportSelection(selection(), options('json'), cli);
    const names = (await readdir(join(work, 'out'))).filter((n) => !n.startsWith('.')).sort();
    expect(names).toEqual([
      '410102-中原区-公共资源交易.csv',
      '410102-中原区-公共资源交易.json',
      '410102-中原区-就业.csv',
      '410102-中原区-就业.json',
      '410102-中原区-社会救助.csv',
      '410102-中原区-社会救助.json',
      '410102001-林山寨街道-就业.csv',
      '410102001-林山寨街道-就业.json',
    ]);
  });

  it('gives the same bytes twice, and overwrites its own files without --force', async () => {
    await exportSelection(selection(), options('xlsx'), io());
    const first = await readFile(join(work, 'out', '410102-中原区.xlsx'));
    expect(await exportSelection(selection(), options('xlsx'), io())).toBe(0);
    const second = await readFile(join(work, 'out', '410102-中原区.xlsx'));
    expect(second.equals(first)).toBe(true);
  });

  it('never overwrites a file it did not write, unless --force', async () => {
    await writeFile(join(work, 'keep.txt'), 'x');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(work, 'out'));
    await writeFile(join(work, 'out', '410102-中原区.xlsx'), '办公室自己的表格');
    await writeFile(join(work, 'out', 'notes.txt'), '无关文件');
    const refused = exportSelection(selection(), options('xlsx'), io());
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow(/410102-中原区\.xlsx/u);
    expect(await readFile(join(work, 'out', '410102-中原区.xlsx'), 'utf8')).toBe(
      '办公室自己的表格',
    );
    expect((await readdir(join(work, 'out'))).sort()).toEqual(['410102-中原区.xlsx', 'notes.txt']);
    expect(await exportSelection(selection(), options('xlsx', { force: true }), io())).toBe(0);
    expect(await readFile(join(work, 'out', 'notes.txt'), 'utf8')).toBe('无关文件');
    const names = await readdir(join(work, 'out'));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
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
});
