/**
 * `gkml export` outside any repository: the folder `gkml import --out` writes is exported as
 * complete catalogs (import → print without `gkml init`). Checked by importing the printed
 * workbook again: every row comes back, in order, field for field.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/excel');
const WORKBOOKS = ['two-level', 'three-level', 'mixed', 'glyphs'].map((n) => `in/${n}.xlsx`);

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'gkml-standalone-'));
  await cp(FIXTURES, join(work, 'in'), { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Each catalog's rows as the sheet states them (notes are not printed in the table). */
async function rows(folder: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of (await readdir(join(work, folder))).sort()) {
    const catalog = parse(await readFile(join(work, folder, name), 'utf8')) as {
      items: Record<string, unknown>[];
    };
    out[name] = catalog.items.map(({ note: _note, ...item }) => item);
  }
  return out;
}

describe('gkml export outside a repository', () => {
  it('exports what import --out wrote, and importing the printout gives the same rows', async () => {
    const imported = await runInProcess(['import', ...WORKBOOKS, '--out', 'catalogs'], {
      cwd: work,
    });
    expect(imported.exitCode).toBe(0);
    const exported = await runInProcess(['export', 'catalogs', '--out', 'printed'], { cwd: work });
    expect(exported.stderr).not.toContain('repository-not-found');
    expect(exported.exitCode).toBe(0);
    expect(await readdir(join(work, 'printed'))).toContain('catalogs.xlsx');
    const again = await runInProcess(['import', 'printed/catalogs.xlsx', '--out', 'again'], {
      cwd: work,
    });
    expect(again.exitCode).toBe(0);
    const before = await rows('catalogs');
    expect(Object.keys(before).length).toBe(6);
    expect(await rows('again')).toEqual(before);
  });

  it('names the workbook after the place its titles share', async () => {
    await runInProcess(['import', 'in/two-level.xlsx', '--out', 'gongyi'], { cwd: work });
    const exported = await runInProcess(['export', 'gongyi', '--format', 'csv', '--out', 'csv'], {
      cwd: work,
    });
    expect(exported.exitCode).toBe(0);
    expect(await readdir(join(work, 'csv'))).toContain('巩义县-就业.csv');
    const csv = await readFile(join(work, 'csv', '巩义县-就业.csv'), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(1 + 3);
  });
});
