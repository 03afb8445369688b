/**
 * The sheet-XML writer's small parts (render/xlsx/ooxml, sheet.ts, zip.ts): escaping, references,
 * merges, column widths as written, and bytes that do not depend on the machine's time zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { renderWorkbook, type WorkbookInput } from '../../src/render/xlsx/index.js';
import { SheetGrid } from '../../src/render/xlsx/sheet.js';
import { DEFAULT_MARGINS, PAPER } from '../../src/render/xlsx/styles.js';
import { Stylesheet } from '../../src/render/xlsx/ooxml/stylesheet.js';
import { writeWorkbook } from '../../src/render/xlsx/write-workbook.js';
import { columnLetter, rangeRef, xmlAttribute, xmlText } from '../../src/render/xlsx/ooxml/xml.js';
import { FIXTURE, fixtureModel } from '../helpers/fixture-model.js';

function countyInput(): WorkbookInput {
  const region = fixtureModel().regions.find((r) => r.ref.code === FIXTURE.county.code);
  if (!region) throw new Error('fixture without county');
  return { region, ancestors: [FIXTURE.city], example: true };
}

describe('xml', () => {
  it('escapes text and attribute values', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlText('没有特殊字符')).toBe('没有特殊字符');
    expect(xmlAttribute('say "hi"\n\tto <all> & more')).toBe(
      'say &quot;hi&quot;&#10;&#9;to &lt;all&gt; &amp; more',
    );
  });

  it('names columns and ranges as A1 references', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(rangeRef({ top: 4, left: 2, bottom: 7, right: 2 })).toBe('B4:B7');
    expect(rangeRef({ top: 4, left: 2, bottom: 4, right: 2 })).toBe('B4');
  });
});

describe('SheetGrid', () => {
  it('gives the cells a merge covers the style of its top-left cell, and no value', () => {
    const grid = new SheetGrid<'a' | 'b'>();
    grid.set(1, 1, 'a', 'title');
    grid.set(1, 2, 'b', 'dropped');
    grid.merge({ top: 1, left: 1, bottom: 2, right: 2 });
    grid.height(3, 20);
    expect(grid.rows()).toEqual([
      {
        index: 1,
        cells: [
          { col: 1, style: 'a', value: 'title' },
          { col: 2, style: 'a' },
        ],
      },
      {
        index: 2,
        cells: [
          { col: 1, style: 'a' },
          { col: 2, style: 'a' },
        ],
      },
      { index: 3, height: 20, cells: [] },
    ]);
    expect(() => {
      grid.merge({ top: 5, left: 1, bottom: 5, right: 2 });
    }).toThrow();
  });
});

describe('xlsx export: columns and zip dates', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('a column of width 9 keeps it (exceljs left such columns out, at Excel’s default 8.43)', async () => {
    const bytes = await renderWorkbook(countyInput(), { date: '2026-06-30' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    const sheet = workbook.getWorksheet('（二）就业');
    const header = sheet?.getRow(3);
    const group = [...Array(sheet?.columnCount ?? 0).keys()].find(
      (index) => header?.getCell(index + 1).value === '特定群体',
    );
    expect(group).toBeDefined();
    expect(sheet?.getColumn((group ?? 0) + 1).width).toBe(9);
  });

  it('the same bytes in any time zone', async () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = await renderWorkbook(countyInput(), { date: '2026-06-30' });
    process.env.TZ = 'America/Adak';
    const west = await renderWorkbook(countyInput(), { date: '2026-06-30' });
    expect(west.equals(east)).toBe(true);
  });
});

describe('writeWorkbook', () => {
  it('writes finite numbers as numbers, anything else a number can be as its text', async () => {
    const grid = new SheetGrid<'plain'>();
    [3, 2.5, Infinity, Number.NaN, '=1+1'].forEach((value, index) => {
      grid.set(1, index + 1, 'plain', value);
    });
    const styles = new Stylesheet({
      plain: { font: { name: '宋体', size: 11 }, border: 'none' },
    });
    const bytes = writeWorkbook(
      [
        {
          name: '表',
          columns: [],
          rows: grid.rows(),
          merges: [],
          validations: [],
          page: {
            paperSize: PAPER.A4,
            orientation: 'portrait',
            margins: DEFAULT_MARGINS,
            centred: false,
          },
          footer: '',
        },
      ],
      styles,
      { title: '测试', date: '2026-06-30' },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    const row = workbook.getWorksheet('表')?.getRow(1);
    expect([1, 2, 3, 4, 5].map((col) => row?.getCell(col).value)).toEqual([
      3,
      2.5,
      'Infinity',
      'NaN',
      '=1+1',
    ]);
    expect(() => writeWorkbook([], styles, { title: '', date: '2026-02-30x' })).toThrow();
  });
});
