/**
 * A sheet as a grid the importer can read row by row. Merged cells are resolved: a merge down
 * several rows (一级事项 over its 二级 rows, 公开依据 shared by several items) gives every row the
 * value; a merge across columns belongs to its first column only, except in the header, where a
 * group (公开对象 over 全社会/特定群体) names every column below it. Text is tidied: NBSP,
 * ideographic and zero-width spaces at the ends of lines removed, CR LF as LF.
 */
import type { MergeRange, SheetData } from './types.js';

export interface GridCell {
  text: string;
  /** The cell is part of a merge and not its master. */
  covered: boolean;
  merge?: MergeRange;
}

const EDGE_SPACES =
  /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+|[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+$/gu;

/** Trims every line of any kind of space and drops blank lines; inner NBSP becomes a space. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(EDGE_SPACES, '').replace(/\u00a0/gu, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

export class Grid {
  readonly rows: number;
  readonly columns: number;
  private readonly mergeAt = new Map<string, MergeRange>();

  constructor(private readonly sheet: SheetData) {
    let rows = 0;
    let columns = 0;
    for (const [row, cells] of sheet.cells) {
      rows = Math.max(rows, row);
      for (const col of cells.keys()) columns = Math.max(columns, col);
    }
    for (const merge of sheet.merges) {
      rows = Math.max(rows, merge.bottom);
      columns = Math.max(columns, merge.right);
      for (let row = merge.top; row <= merge.bottom; row++) {
        for (let col = merge.left; col <= merge.right; col++)
          this.mergeAt.set(`${row}:${col}`, merge);
      }
    }
    this.rows = rows;
    this.columns = columns;
  }

  get name(): string {
    return this.sheet.name;
  }

  private raw(row: number, col: number): string {
    return tidy(this.sheet.cells.get(row)?.get(col) ?? '');
  }

  cell(row: number, col: number): GridCell {
    const merge = this.mergeAt.get(`${row}:${col}`);
    if (!merge) return { text: this.raw(row, col), covered: false };
    const covered = merge.top !== row || merge.left !== col;
    return { text: this.raw(merge.top, merge.left), covered, merge };
  }

  /** A body cell: vertical merges repeat their value; a merge across columns only in its first. */
  value(row: number, col: number): string {
    const cell = this.cell(row, col);
    return cell.merge !== undefined && cell.merge.left !== col ? '' : cell.text;
  }

  /** A header cell: every cell of a merge shows its text. */
  header(row: number, col: number): string {
    return this.cell(row, col).text;
  }

  /** True when nothing is written in the row (covered cells of merges from above count as written). */
  isBlank(row: number): boolean {
    for (let col = 1; col <= this.columns; col++) if (this.value(row, col) !== '') return false;
    return true;
  }
}

/** "A1"-style address of a cell. */
export function address(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
