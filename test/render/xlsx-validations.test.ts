/**
 * The ✓ drop-downs of the mark columns: one range per column, never overlapping (Excel "repairs" a
 * workbook whose validation ranges overlap). Read from the sheets' XML, since exceljs expands
 * ranges into cells when it reads a file back.
 */
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { renderWorkbook } from '../../src/render/xlsx/index.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { readZip, zipText } from '../helpers/zip.js';

interface Box {
  sqref: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function column(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function boxes(xml: string): Box[] {
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/gu)].flatMap((match) =>
    (match[1] ?? '').split(' ').map((sqref) => {
      const [a = '', b = a] = sqref.split(':');
      const [, c1 = '', r1 = ''] = /^([A-Z]+)(\d+)$/u.exec(a) ?? [];
      const [, c2 = '', r2 = ''] = /^([A-Z]+)(\d+)$/u.exec(b) ?? [];
      return { sqref, left: column(c1), right: column(c2), top: +r1, bottom: +r2 };
    }),
  );
}

/** Pairs of ranges sharing a cell. */
function overlaps(list: readonly Box[]): string[] {
  const found: string[] = [];
  list.forEach((x, i) => {
    for (const y of list.slice(i + 1)) {
      const shared =
        x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
      if (shared) found.push(`${x.sqref} ∩ ${y.sqref}`);
    }
  });
  return found;
}

describe('xlsx export: data validations', () => {
  it('the overlap check finds overlapping ranges (it can fail)', () => {
    const xml = '<dataValidation type="list" sqref="J10:J13"/><dataValidation sqref="J4:J13"/>';
    expect(overlaps(boxes(xml))).toEqual(['J10:J13 ∩ J4:J13']);
  });

  it('one range per mark column, none overlapping, on every table of the examples', async () => {
    const loaded = await loadRepository('examples', { cwd: REPO_ROOT, today: '2026-06-30' });
    if (!loaded.model) throw new Error('examples/ did not load');
    const region = loaded.model.regions.find((r) => r.ref.name === '柳林县');
    if (!region) throw new Error('no 柳林县 in examples/');
    const bytes = await renderWorkbook(
      { region, ancestors: [], example: true },
      { date: '2026-06-30' },
    );
    const sheets = readZip(bytes).filter((entry) =>
      /^xl\/worksheets\/sheet\d+\.xml$/u.test(entry.name),
    );
    let long = 0;
    for (const sheet of sheets) {
      const list = boxes(zipText(bytes, sheet.name));
      expect(overlaps(list), sheet.name).toEqual([]);
      for (const box of list) expect(box.left, box.sqref).toBe(box.right);
      expect(new Set(list.map((box) => box.left)).size, sheet.name).toBe(list.length);
      if (list.some((box) => box.bottom - box.top + 1 >= 7)) long++;
    }
    // Tables of 7+ rows are where exceljs's own squeezing overlapped.
    expect(long).toBeGreaterThan(0);
  });
});
