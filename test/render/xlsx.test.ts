import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { renderWorkbook, type WorkbookInput } from '../../src/render/xlsx/index.js';
import { dosDateTime, withFixedZipDates } from '../../src/render/xlsx/zip-dates.js';
import { expectGolden } from '../helpers/golden.js';
import { FIXTURE, fixtureModel } from '../helpers/fixture-model.js';
import { projectWorkbook } from '../helpers/xlsx-projection.js';
import { readZip, zipText } from '../helpers/zip.js';
import { REPO_ROOT } from '../helpers/cli.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/xlsx');
const DATE = '2026-06-30';

function countyInput(): WorkbookInput {
  const region = fixtureModel().regions.find((r) => r.ref.code === FIXTURE.county.code);
  if (!region) throw new Error('fixture without county');
  return { region, ancestors: [FIXTURE.city], example: true };
}

function townshipInput(): WorkbookInput {
  const region = fixtureModel().regions.find((r) => r.ref.code === FIXTURE.township.code);
  if (!region) throw new Error('fixture without township');
  return { region, ancestors: [FIXTURE.city, FIXTURE.county], example: false };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

describe('xlsx export: the official layout, as a normalised projection', () => {
  it('a county with 三级事项, 特定群体, ●/〇, notes and formula-like text', async () => {
    const bytes = await renderWorkbook(countyInput(), { date: DATE });
    await expectGolden(json(await projectWorkbook(bytes)), join(GOLDEN, 'county.json'));
  });

  it('a township, channels as a plain list, coverage in 汇总, not an example', async () => {
    const coverage = new Map([['employment' as const, { covered: 2, expected: 3 }]]);
    const bytes = await renderWorkbook(townshipInput(), {
      date: DATE,
      channels: 'list',
      coverage,
    });
    await expectGolden(json(await projectWorkbook(bytes)), join(GOLDEN, 'township-list.json'));
  });

  it('the golden harness fails when a value differs', async () => {
    const bytes = await renderWorkbook(countyInput(), { date: DATE });
    const sheets = await projectWorkbook(bytes);
    const table = sheets[3] as { rows: { cells: Record<string, unknown> }[] };
    const row = table.rows[3];
    if (row) row.cells.B4 = '改动';
    await expect(
      expectGolden(json(sheets), join(GOLDEN, 'county.json'), { update: false }),
    ).rejects.toThrow();
  });
});

describe('xlsx export: determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('two exports are byte-identical, even a day apart', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const first = await renderWorkbook(countyInput(), { date: DATE });
    vi.setSystemTime(new Date('2030-01-02T17:33:12Z'));
    const second = await renderWorkbook(countyInput(), { date: DATE });
    expect(second.equals(first)).toBe(true);
  });

  it('every zip entry is dated at the data date, and so is the document', async () => {
    const bytes = await renderWorkbook(countyInput(), { date: DATE });
    const stamp = dosDateTime(DATE);
    for (const entry of readZip(bytes)) {
      expect({ name: entry.name, date: entry.dosDate, time: entry.dosTime }).toEqual({
        name: entry.name,
        date: stamp.date,
        time: 0,
      });
    }
    const core = zipText(bytes, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-30T00:00:00Z');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-06-30T00:00:00Z');
  });

  it('dates a zip entry the DOS way, and refuses what is not a zip', () => {
    expect(dosDateTime('2026-06-30')).toEqual({ time: 0, date: (46 << 9) | (6 << 5) | 30 });
    expect(() => withFixedZipDates(Buffer.from('not a zip at all, just text'), DATE)).toThrow();
  });
});

describe('xlsx export: text is never a formula', () => {
  it('writes = + - @ text as shared strings, with no formula element', async () => {
    const bytes = await renderWorkbook(countyInput(), { date: DATE });
    const entries = readZip(bytes).filter((e) => e.name.startsWith('xl/worksheets/sheet'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.content.toString('utf8')).not.toMatch(/<f[ >]/u);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    const sheet = workbook.getWorksheet('（二）就业');
    const texts = ['B7', 'C7', 'E7', 'F7', 'G7'].map((address) => {
      const cell = sheet?.getCell(address);
      return { value: cell?.value, type: cell?.type, formula: cell?.formula };
    });
    expect(texts).toEqual([
      {
        value: '=HYPERLINK("http://evil.example","点击")',
        type: ExcelJS.ValueType.String,
        formula: undefined,
      },
      { value: '+1 就业见习补贴', type: ExcelJS.ValueType.String, formula: undefined },
      { value: '=1+1', type: ExcelJS.ValueType.String, formula: undefined },
      { value: '-20个工作日', type: ExcelJS.ValueType.String, formula: undefined },
      { value: '@中原区人社局', type: ExcelJS.ValueType.String, formula: undefined },
    ]);
  });
});

describe('xlsx export: text XML cannot carry', () => {
  it('drops control characters and lone surrogates, keeps tabs and line breaks', async () => {
    const input = countyInput();
    const first = input.region.catalogs[0]?.items[0];
    if (!first) throw new Error('fixture without items');
    first.item.subject = '县\u0007交易中心\ud800\r\n（窗口\t2）';
    const bytes = await renderWorkbook(input, { date: DATE });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    expect(workbook.getWorksheet('（一）公共资源交易')?.getCell('H4').value).toBe(
      '县交易中心\n（窗口\t2）',
    );
  });
});

describe('xlsx export: hostile text reads back as it was written', () => {
  it('markup, entities, quotes, spaces and emoji are text, in cells and in the document title', async () => {
    const input = countyInput();
    const first = input.region.catalogs[0]?.items[0];
    if (!first) throw new Error('fixture without items');
    const hostile = {
      subject: '<script>alert("x")</script> & &amp; \'单\' "双"',
      l2: '  前后空格\t ',
      timeLimit: ']]><!-- 😀 --><c r="A1"><f>1+1</f></c>',
    };
    first.item.subject = hostile.subject;
    first.item.l2 = hostile.l2;
    first.item.timeLimit = { text: hostile.timeLimit };
    input.region.ref = { ...input.region.ref, name: 'A&B<县>"' };
    const bytes = await renderWorkbook(input, { date: DATE });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    const sheet = workbook.getWorksheet('（一）公共资源交易');
    expect({
      subject: sheet?.getCell('H4').value,
      l2: sheet?.getCell('C4').value,
      timeLimit: sheet?.getCell('G4').value,
    }).toEqual(hostile);
    expect(sheet?.getCell('G4').formula).toBeUndefined();
    expect(workbook.title).toBe('A&B<县>"基层政务公开标准目录');
    for (const entry of readZip(bytes).filter((e) => e.name.endsWith('.xml'))) {
      expect(entry.content.toString('utf8'), entry.name).not.toMatch(/<script|<f>/u);
    }
  });
});
