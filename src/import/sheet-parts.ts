/**
 * Parts of a sheet around its rows: the title above the header, the note rows under the table,
 * and the columns a table should have.
 */
import type { Grid } from './grid.js';
import type { Header } from './header.js';

/** Text under a table that explains it (docs/data-model.md §8). */
const NOTE_START = /^(?:注|说明|备注|附注|填表说明|标准目录要素说明)\s*[:：]?/u;

/** Columns a table should have, by the field each fills, with the header a reader knows. */
export const EXPECTED_COLUMNS: readonly { kinds: readonly string[]; column: string }[] = [
  { kinds: ['elements'], column: '公开内容（要素）' },
  { kinds: ['bases'], column: '公开依据' },
  { kinds: ['timeLimit'], column: '公开时限' },
  { kinds: ['subject'], column: '公开主体' },
  { kinds: ['channels'], column: '公开渠道和载体' },
  { kinds: ['audience', 'audience-text'], column: '公开对象' },
  { kinds: ['method', 'method-text'], column: '公开方式' },
  { kinds: ['level', 'levels-text'], column: '公开层级' },
];

export function titleAbove(grid: Grid, header: Header): string {
  const lines: string[] = [];
  for (let row = 1; row < header.top; row++) {
    for (let col = 1; col <= grid.columns; col++) {
      const cell = grid.cell(row, col);
      if (!cell.covered && cell.text !== '') lines.push(cell.text.replace(/\s*\n\s*/gu, ''));
    }
  }
  return lines.find((line) => /目录|领域/u.test(line)) ?? lines[0] ?? '';
}

/** A row of the note under the table: one wide merged cell, or one cell starting "注：". */
export function isNoteRow(grid: Grid, row: number, header: Header): boolean {
  const first = header.columns[0]?.col ?? 1;
  const cell = grid.cell(row, first);
  const width = header.columns.length;
  if (
    cell.merge &&
    !cell.covered &&
    cell.merge.right - cell.merge.left + 1 >= Math.max(3, width / 2)
  )
    return true;
  const written = ownTexts(grid, row);
  return written.length === 1 && NOTE_START.test(written[0] ?? '');
}

/** Texts written in the row itself, not carried down from a merge above. */
export function ownTexts(grid: Grid, row: number): string[] {
  const texts: string[] = [];
  for (let col = 1; col <= grid.columns; col++) {
    const cell = grid.cell(row, col);
    if (!cell.covered && cell.text !== '') texts.push(cell.text);
  }
  return texts;
}
