/**
 * Issue 13, case 10: spreadsheet bombs. A small hostile .xlsx (a zip bomb, one huge string, too
 * many rows) is refused from the zip's directory and capped inflation, before exceljs builds a
 * cell of it: exit 2, one located `excel-too-large` message, no stack trace. The workbooks are
 * built here in code; a workbook within the limits, built the same way, still reads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../src/io/read-workbook.js';
import {
  checkWorkbookLimits,
  MAX_CELL_TEXT,
  MAX_RATIO,
  MAX_ROWS,
  MAX_UNZIPPED_BYTES,
} from '../../src/io/workbook-limits.js';
import { runInProcess } from '../helpers/cli.js';
import { deflatedRepeat, writeZip, type ZipPartToWrite } from '../helpers/zip.js';

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${text}`);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook of one sheet, with the sheet's rows and the shared strings given. */
function workbook(rows: string, strings: readonly string[], extra: ZipPartToWrite[] = []): Buffer {
  const sst = strings.map((s) => `<si><t>${s}</t></si>`).join('');
  return writeZip([
    {
      name: '[Content_Types].xml',
      content: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      content: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: xml(`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`),
    },
    {
      name: 'xl/sharedStrings.xml',
      content: xml(`<sst xmlns="${MAIN}" count="${strings.length}">${sst}</sst>`),
    },
    ...extra,
  ]);
}

const cell = (row: number, index: number) => `<c r="A${row}" t="s"><v>${index}</v></c>`;

describe('spreadsheet bombs (case 10)', () => {
  it('a workbook within the limits is read', async () => {
    const read = await readWorkbookBytes(workbook(`<row r="1">${cell(1, 0)}</row>`, ['就业']));
    expect(read.ok && read.workbook.sheets[0]?.cells.get(1)?.get(1)).toBe('就业');
  });

  it('a cell text of Excel’s maximum length passes, one more character is refused', () => {
    const row = `<row r="1">${cell(1, 0)}</row>`;
    expect(checkWorkbookLimits(workbook(row, ['x'.repeat(MAX_CELL_TEXT)]))).toBeUndefined();
    // Rich-text runs count together: two runs of one string pass the limit only together.
    const runs = `<si><r><t>${'x'.repeat(MAX_CELL_TEXT)}</t></r><r><t>y</t></r></si>`;
    const hostile = writeZip([
      { name: 'xl/sharedStrings.xml', content: xml(`<sst xmlns="${MAIN}">${runs}</sst>`) },
    ]);
    expect(checkWorkbookLimits(hostile)).toEqual({
      kind: 'text',
      part: 'xl/sharedStrings.xml',
      found: MAX_CELL_TEXT + 1,
      max: MAX_CELL_TEXT,
    });
  });

  it('a zip bomb is refused from its declared size, and from inflation when the size lies', () => {
    const bomb = deflatedRepeat(0x20, 200);
    expect(bomb.deflated.length).toBeLessThan(500_000);
    const honest = workbook('', [], [{ name: 'xl/media/pad.xml', content: bomb }]);
    expect(checkWorkbookLimits(honest)).toMatchObject({ kind: 'unzipped', part: '' });
    const lying = workbook('', [], [{ name: 'xl/media/pad.xml', content: bomb, declared: 1000 }]);
    expect(checkWorkbookLimits(lying)).toMatchObject({
      kind: 'unzipped',
      part: 'xl/media/pad.xml',
      max: MAX_UNZIPPED_BYTES,
    });
  });

  it('a part compressed far beyond spreadsheet XML is refused by its ratio', () => {
    const squeezed = workbook(
      '',
      [],
      [{ name: 'xl/media/pad.xml', content: deflatedRepeat(0x20, 2) }],
    );
    expect(checkWorkbookLimits(squeezed)).toMatchObject({
      kind: 'ratio',
      part: 'xl/media/pad.xml',
    });
    expect(MAX_RATIO).toBeLessThan(1000);
  });

  it(`more than ${MAX_ROWS} rows are refused; that many pass`, () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<row r="${i + 1}">${cell(i + 1, 0)}</row>`).join('');
    expect(checkWorkbookLimits(workbook(rows(MAX_ROWS), ['x']))).toBeUndefined();
    expect(checkWorkbookLimits(workbook(rows(MAX_ROWS + 1), ['x']))).toEqual({
      kind: 'rows',
      part: 'xl/worksheets/sheet1.xml',
      found: MAX_ROWS + 1,
      max: MAX_ROWS,
    });
  });
});

describe('gkml import refuses a bomb (case 10)', () => {
  let work = '';
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'gkml-hard-bomb-'));
    const bomb = deflatedRepeat(0x20, 300);
    await writeFile(
      join(work, 'bomb.xlsx'),
      workbook('', [], [{ name: 'xl/media/pad.xml', content: bomb, declared: 1000 }]),
    );
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`exit 2 with one message located at the file (${lang})`, async () => {
      const t = await runInProcess(['import', 'bomb.xlsx', '--out', 'c', '--lang', lang], {
        cwd: work,
        lang,
      });
      expect(t.exitCode).toBe(2);
      const text = t.stdout + t.stderr;
      expect(text).toContain('bomb.xlsx');
      expect(text).toContain(lang === 'zh' ? '超出读取上限' : 'passes a reading limit');
      expect(text).not.toMatch(/\n\s+at /u);
    });
  }
});
