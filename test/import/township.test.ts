/**
 * The 片区 table of build-township.ts (one table, many domains) and the same table split into one
 * sheet per domain: they import to the same catalogs, every row, subject, time limit and channel
 * comes in, and the catalogs export and import back unchanged.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/merge/index.js';
import type { EffectiveItem, Origin } from '../../src/core/model/effective.js';
import type { RawCatalog } from '../../src/core/model/raw.js';
import type { ImportResult } from '../../src/import/types.js';
import { importWorkbook } from '../../src/import/workbook.js';
import { readWorkbookBytes, readWorkbookFile } from '../../src/io/read-workbook.js';
import { renderWorkbook } from '../../src/render/xlsx/index.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { catalog, ref, region } from '../helpers/model.js';
import { TOWNSHIP_ROWS } from './build-township.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/excel');

async function load(name: string): Promise<ImportResult> {
  const read = await readWorkbookFile(join(FIXTURES, name));
  if (!read.ok) throw new Error(read.reason);
  return importWorkbook(read.workbook, { file: name });
}

const itemsOf = (result: ImportResult) =>
  Object.fromEntries(result.catalogs.map((c) => [c.domain, c.catalog.items]));

describe('the 片区 table of many domains', () => {
  it('imports to the same catalogs as the table split by hand into one sheet per domain', async () => {
    const whole = await load('township.xlsx');
    const split = await load('township-split.xlsx');
    expect(Object.keys(itemsOf(whole))).toHaveLength(7);
    expect(itemsOf(whole)).toEqual(itemsOf(split));
  });

  it('keeps every row (the two-row item as one), subject and time limit', async () => {
    const result = await load('township.xlsx');
    const items = result.catalogs.flatMap((c) => c.catalog.items);
    const placed = TOWNSHIP_ROWS.filter((row) => row.domain !== '公共服务');
    for (const row of placed) {
      const found = items.filter((i) => i.l1 === row.group && i.subject === row.subject);
      expect(found.length, row.group).toBeGreaterThan(0);
      expect(
        found.some((i) => i.timeLimit?.split('\n').includes(row.limit)),
        row.limit,
      ).toBe(true);
    }
    const rows = placed.filter((row) => row.content !== null).length;
    expect(items).toHaveLength(rows);
    // The row under a heading that names no domain is reported with its cell, not dropped.
    const unplaced = result.diagnostics.filter((d) => d.code === 'excel-domain-rows');
    expect(unplaced.map((d) => d.cell)).toEqual(['B21']);
  });

  it('exports and imports back with every row, subject, time limit and channel', async () => {
    const first = await load('township.xlsx');
    const origin: Origin = { layer: { kind: 'national' }, file: 'x.yaml', line: 1 };
    const effective = (raw: RawCatalog['items'][number]): EffectiveItem => {
      const item = toItem(raw);
      const at = (list: readonly unknown[]) => list.map(() => origin);
      const lists = {
        elements: at(item.elements),
        bases: at(item.bases),
        channels: at(item.channels),
      };
      return {
        item,
        local: false,
        provenance: { introduced: origin, fields: {}, lists, changes: [] },
      };
    };
    const township = ref('350128100', '某某片区（测试数据）', 'township');
    const catalogs = first.catalogs.map((c) =>
      catalog(c.domain, township, c.catalog.items.map(effective), {
        ...(c.catalog.title ? { title: c.catalog.title } : {}),
        ...(c.catalog.notes ? { notes: c.catalog.notes } : {}),
      }),
    );
    const bytes = await renderWorkbook(
      { region: region(township, catalogs), ancestors: [], example: true },
      { date: '2026-06-30' },
    );
    const read = await readWorkbookBytes(bytes);
    if (!read.ok) throw new Error(read.reason);
    const again = importWorkbook(read.workbook, { file: 'export.xlsx' });
    // The export prints channels in checklist order, and has no column for an item's note
    // (reported to the Excel-loop work): compared as sets, without the note.
    const normalised = (result: ImportResult) =>
      Object.fromEntries(
        result.catalogs.map((c) => [
          c.domain,
          c.catalog.items.map((raw) => {
            const item = { ...toItem(raw) };
            delete item.note;
            const names = item.channels.map((channel) => JSON.stringify(channel)).sort();
            return { ...item, channels: names };
          }),
        ]),
      );
    expect(normalised(again)).toEqual(normalised(first));
  });
});
