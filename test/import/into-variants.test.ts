/**
 * Issue 12's first "done when": every office-sheet variant the importer handles (the workbooks of
 * test/fixtures/excel, built by build-fixtures.ts and build-township.ts) goes into a fresh region
 * of its level (scaffolded with `gkml init`: a city, a county under it, a township under that) with
 * `import --into`; `validate` is then clean (warnings allowed), and `export` gives back the
 * sheet's rows, in order, field for field: each row of the exported sheet reads back as the same
 * values as the source row (both read by the importer, which undoes numbering, padding, "同上",
 * glyph variants), the title names the region and the domain, and the ■/□ marks say what the
 * source sheet said.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/core/model/raw.js';
import { DOMAINS, type DomainId } from '../../src/core/vocabulary/domains.js';
import { domainIn } from '../../src/import/domain.js';
import type { ImportedCatalog } from '../../src/import/types.js';
import { importWorkbook } from '../../src/import/workbook.js';
import { readWorkbookFile } from '../../src/io/read-workbook.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/excel');

type Level = 'city' | 'county' | 'township';

interface Variant {
  file: string;
  level: Level;
  /** What a clerk does first, following the import's hint, where a fixture holds a deliberate error. */
  fix?: { cell: string; value: string };
  /** The domain of a sheet that names none (`--domain 'sheet=domain'`). */
  sheetDomain?: { sheet: string; domain: DomainId };
}

/**
 * The variants that import as catalogs, and the level of region each belongs in. The 片区 tables
 * keep one row under a heading that names no domain (公共服务, the importer's error case): the
 * clerk names its domain as the hint says, in the cell or with --domain.
 */
const VARIANTS: readonly Variant[] = [
  { file: 'two-level.xlsx', level: 'county' },
  { file: 'three-level.xlsx', level: 'county' },
  { file: 'glyphs.xlsx', level: 'township' },
  { file: 'mixed.xlsx', level: 'county' },
  { file: 'township.xlsx', level: 'township', fix: { cell: 'B21', value: '公共文化服务' } },
  {
    file: 'township-split.xlsx',
    level: 'township',
    sheetDomain: { sheet: '8.公共服务', domain: 'public-cultural-services' },
  },
];

const REGIONS: Record<Level, { folder: string; name: string; args: string[] }> = {
  city: { folder: '.', name: '郑州市', args: ['--code', '410100', '--level', '市级'] },
  county: { folder: 'gongyi', name: '巩义县', args: ['--code', '410181', '--level', '县级'] },
  township: {
    folder: 'gongyi/zhanjie',
    name: '站街镇',
    args: ['--code', '410181100', '--level', '乡级'],
  },
};

const folders: ReturnType<typeof tempFolder>[] = [];
afterAll(() => {
  for (const folder of folders) folder.remove();
});

/** A fresh repository: a city at the top, a county in it, a township in the county. */
async function scaffold(): Promise<string> {
  const folder = tempFolder('gkml-variants-');
  folders.push(folder);
  for (const level of ['city', 'county', 'township'] as const) {
    const { folder: sub, name, args } = REGIONS[level];
    const t = await runInProcess(['init', sub, '--name', name, ...args], { cwd: folder.path });
    expect(t.exitCode, t.stderr).toBe(0);
  }
  return folder.path;
}

/** A copy of the fixture with one cell changed, as a clerk saves it. */
async function fixed(file: string, fix: { cell: string; value: string }, folder: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(FIXTURES, file));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${file} has no sheet`);
  sheet.getCell(fix.cell).value = fix.value;
  const path = join(folder, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function read(path: string, sheetDomains: Record<string, DomainId> = {}) {
  const workbook = await readWorkbookFile(path);
  if (!workbook.ok) throw new Error(workbook.reason);
  return importWorkbook(workbook.workbook, { file: path, sheetDomains });
}

/** The title row is kept as written when it starts with the region's name and names its domain. */
function keeps(title: string, level: Level, sheet: ImportedCatalog): boolean {
  return title.startsWith(REGIONS[level].name) && domainIn(title)?.domain.id === sheet.domain;
}

/** What the export's title row says after the import: the sheet's, or the region's default. */
function titleBack(title: string | undefined, level: Level, sheet: ImportedCatalog): string {
  if (title !== undefined && keeps(title, level, sheet)) return title;
  const domain = DOMAINS.find((d) => d.id === sheet.domain)?.zh ?? '';
  return `${REGIONS[level].name}${domain}领域基层政务公开标准目录`;
}

/** The error lines of a transcript (warnings are allowed and many). */
const errors = (text: string): string =>
  text
    .split('\n')
    .filter((line) => /错误|error/u.test(line))
    .join('\n');

/**
 * A row's values as the importer reads them, without the id (the source sheet has none); the
 * channels as a set, since the exported ■/□ checklist has its own order.
 */
function values(item: RawItem): Omit<RawItem, 'id'> {
  const rest: Partial<RawItem> = { ...item };
  delete rest.id;
  if (Array.isArray(rest.channels))
    rest.channels = [...rest.channels].sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
  return rest;
}

describe('every office-sheet variant, into a fresh region of its level and exported back', () => {
  it.each(VARIANTS)('$file into a $level', async ({ file, level, fix, sheetDomain }) => {
    const repo = await scaffold();
    const region = REGIONS[level].folder;
    const source = fix ? await fixed(file, fix, repo) : join(FIXTURES, file);
    const gkml = (...rest: string[]) => runInProcess(rest, { cwd: repo });

    const domains = sheetDomain ? { [sheetDomain.sheet]: sheetDomain.domain } : {};
    const args = Object.entries(domains).flatMap(([name, id]) => ['--domain', `${name}=${id}`]);
    const imported = await gkml('import', source, '--into', region, ...args);
    expect(imported.exitCode, errors(imported.stdout + imported.stderr)).toBe(0);
    const validated = await gkml('validate', '.', '--fail-on', 'error');
    expect(validated.exitCode, errors(validated.stdout)).toBe(0);
    const out = join(repo, 'out');
    const exported = await gkml('export', region, '--out', out);
    expect(exported.exitCode, exported.stderr).toBe(0);

    const before = await read(source, domains);
    const after = await read(join(repo, exported.stdout.trim().split('\n')[0] ?? ''));
    for (const sheet of before.catalogs) {
      const back = after.catalogs.find((c) => c.domain === sheet.domain);
      expect(back, sheet.domain).toBeDefined();
      expect(back?.catalog.items.map(values), sheet.sheet).toEqual(sheet.catalog.items.map(values));
      expect(back?.catalog.title, sheet.sheet).toBe(titleBack(sheet.catalog.title, level, sheet));
    }
    // A title that could not be kept is reported at the title cell, once per domain it covered.
    const dropped = before.catalogs.filter(
      (c) => c.catalog.title !== undefined && !keeps(c.catalog.title, level, c),
    );
    const warnings = imported.stdout.match(/!A1 警告 {2}标题「[^」]*」未导入/gu) ?? [];
    expect(warnings).toHaveLength(dropped.length);
  });

  it("a row the region's table cannot list is refused at its cell, not called gkml's fault", async () => {
    // The three-level table is a county's (县公共资源交易中心); its last row ticks 县级 only,
    // which a city's own table does not list.
    const repo = await scaffold();
    const t = await runInProcess(['import', join(FIXTURES, 'three-level.xlsx'), '--into', '.'], {
      cwd: repo,
    });
    expect(t.exitCode).toBe(1);
    expect(errors(t.stdout)).toMatch(/（二）公共资源交易!N5 错误 [^\n]*excel-into-level/u);
  });
});
