/**
 * No channel lost (issue 19): for every import fixture, the channel words written in the sheet's
 * 公开渠道和载体 cells equal the channels imported, each as its checklist name or kept as a local
 * one. The words are cut here naively (separators, boxes), independently of the importer's cell
 * parser, so that a name swallowed by another ("A平台、B平台、政府网站" read as one 政府网站) fails.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchChannelName } from '../../src/core/cells/channel/match.js';
import type { RawChannel } from '../../src/core/model/raw.js';
import { Grid } from '../../src/import/grid.js';
import { findHeader } from '../../src/import/header.js';
import type { WorkbookData } from '../../src/import/types.js';
import { importWorkbook } from '../../src/import/workbook.js';
import { readWorkbookFile } from '../../src/io/read-workbook.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { FIXTURES } from './build-fixtures.js';

const DIR = join(REPO_ROOT, 'test/fixtures/excel');
const UNCHECKED = /^[□口£○☐]/u;
const CHECKED = /^[■▄◆▲√☑✔✓]/u;
const LEGEND = /[（(][^（）()]*(?:表示|必选|可选)[^（）()]*[)）]/gu;

/** The name a written word stands for: the checklist's, a platform's, or itself (local). */
function target(word: string): string {
  const match = matchChannelName(word);
  if (match.kind === 'unknown') return word;
  if (match.kind === 'platform') return match.platform;
  return match.detail === undefined ? match.channel : `${match.channel}：${match.detail}`;
}

/** Strength of a name as the tables know it exactly (not by its ending). */
const exact = (word: string): boolean => {
  const match = matchChannelName(word);
  return match.kind === 'canonical' || (match.kind !== 'unknown' && target(word) !== word);
};

/** The checked words of a cell, cut at separators and boxes; "/" only between exact names. */
function words(cell: string): string[] {
  const pieces = cell
    .replace(LEGEND, ' ')
    // The one checklist name written with a separator inside (应急管理部 template).
    .replace('社区/企事业单位、村公示栏', '社区/企事业单位/村公示栏')
    .split(/[\s、，,；;。]+|(?=[■▄◆▲□☐])/u)
    .map((piece) => piece.replace(/^\d{1,2}[.．、]/u, '').trim())
    .filter((piece) => piece !== '' && piece !== '同上' && !UNCHECKED.test(piece));
  return pieces.flatMap((piece) => {
    const word = piece.replace(CHECKED, '').replace(/^[Rt](?=\p{Script=Han})/u, '');
    const parts = word.split('/');
    return parts.length > 1 && !exact(word) && parts.some(exact) ? parts : [word];
  });
}

function channelCells(workbook: WorkbookData): string[] {
  const cells: string[] = [];
  for (const sheet of workbook.sheets) {
    const grid = new Grid(sheet);
    const header = findHeader(grid);
    const column = header?.columns.find((c) => c.role.kind === 'channels');
    if (!header || !column) continue;
    for (let row = header.bottom + 1; row <= grid.rows; row++) {
      const cell = grid.cell(row, column.col);
      if (!cell.covered && cell.text !== '') cells.push(cell.text);
    }
  }
  return cells;
}

const nameOf = (channel: RawChannel): string =>
  typeof channel === 'string' ? channel : channel.name;

describe('every channel word of every fixture is imported', () => {
  const names = Object.keys(FIXTURES).filter((name) => name.endsWith('.xlsx'));
  for (const name of names) {
    it(name, async () => {
      const read = await readWorkbookFile(join(DIR, name));
      if (!read.ok) return; // refused files (encrypted, corrupt) have no cells to lose
      const result = importWorkbook(read.workbook, { file: name });
      // Sheets refused as a whole (reported) cannot lose single channels.
      const refused = new Set(
        result.diagnostics.filter((d) => d.code === 'excel-domain-unknown').map((d) => d.sheet),
      );
      const kept = { sheets: read.workbook.sheets.filter((s) => !refused.has(s.name)) };
      const written = new Set(channelCells(kept).flatMap(words).map(target));
      const imported = new Set(
        result.catalogs
          .flatMap((c) =>
            c.catalog.items.flatMap((item) => (Array.isArray(item.channels) ? item.channels : [])),
          )
          .map(nameOf),
      );
      expect([...imported].sort()).toEqual([...written].sort());
    });
  }

  it('and the check fails when a channel is lost', () => {
    const cell = '某某平台、某某通APP、政府网站';
    expect(words(cell).map(target)).toEqual(['某某平台', '某某通APP', '政府网站']);
    expect(new Set(words(cell).map(target))).not.toEqual(new Set(['政府网站']));
  });
});
