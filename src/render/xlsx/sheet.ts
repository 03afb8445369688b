/**
 * A worksheet as plain data, before it becomes XML: cells with a value and a named style of the
 * workbook's style table, row heights, column widths, merges, drop-downs and print setup. Built by
 * info-sheets.ts, table-sheet.ts and render/documents; written by ooxml/worksheet.ts.
 */
export interface SheetCell<S extends string> {
  /** 1-based column. */
  col: number;
  /** Absent for a cell that only carries a style (a cell covered by a merge, say). */
  value?: string | number;
  style: S;
}

export interface SheetRow<S extends string> {
  /** 1-based row. */
  index: number;
  /** Points; absent for the default height. */
  height?: number;
  /** In column order. */
  cells: SheetCell<S>[];
}

export interface SheetColumn {
  /** Width in characters of the default font. */
  width: number;
  hidden?: boolean;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A drop-down of one list on a range of cells. */
export interface ListValidation {
  range: CellRange;
  /** The choices, as the list formula spells them ("√" within double quotes). */
  list: string;
  /** The message for anything else: shown, refusing the entry, only when `strict`. */
  error: { title: string; message: string };
  strict: boolean;
  /** A hint shown while the cell is selected. */
  prompt?: string;
}

export interface PageLayout {
  /** OOXML paper size: 8 = A3, 9 = A4. */
  paperSize: number;
  orientation: 'portrait' | 'landscape';
  /** Inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  /** Centred between the side margins. */
  centred: boolean;
  /** Rows repeated on every printed page (first and last, 1-based). */
  titleRows?: [number, number];
}

/** A sheet whose cells take styles named S (a workbook's style table, styles.ts). */
export interface Sheet<S extends string> {
  name: string;
  columns: readonly SheetColumn[];
  /** In row order; rows without cells or height are left out. */
  rows: readonly SheetRow<S>[];
  merges: readonly CellRange[];
  validations: readonly ListValidation[];
  /** Rows frozen at the top while scrolling; `select` puts the cursor on the first row below. */
  frozen?: { rows: number; select: boolean };
  page: PageLayout;
  header?: string;
  footer: string;
}

/**
 * Collects a sheet's cells in any order, the way a person fills a grid; `rows()` gives them sorted.
 * A merge gives the cells it covers the style of its top-left cell, as a spreadsheet shows them.
 */
export class SheetGrid<S extends string> {
  private readonly cells = new Map<number, Map<number, SheetCell<S>>>();
  private readonly heights = new Map<number, number>();
  readonly merges: CellRange[] = [];

  set(row: number, col: number, style: S, value?: string | number): void {
    let line = this.cells.get(row);
    if (line === undefined) {
      line = new Map();
      this.cells.set(row, line);
    }
    line.set(col, value === undefined ? { col, style } : { col, value, style });
  }

  height(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** Merges a range whose top-left cell is already set; the covered cells keep no value. */
  merge(range: CellRange): void {
    const master = this.cells.get(range.top)?.get(range.left);
    if (master === undefined) throw new Error('merge: the top-left cell is not set');
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if (row !== range.top || col !== range.left) this.set(row, col, master.style);
      }
    }
    this.merges.push(range);
  }

  rows(): SheetRow<S>[] {
    const indexes = [...new Set([...this.cells.keys(), ...this.heights.keys()])].sort(
      (a, b) => a - b,
    );
    return indexes.map((index) => {
      const cells = [...(this.cells.get(index)?.values() ?? [])].sort((a, b) => a.col - b.col);
      const height = this.heights.get(index);
      return height === undefined ? { index, cells } : { index, height, cells };
    });
  }
}
