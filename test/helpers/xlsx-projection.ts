/**
 * A normalised JSON view of a workbook for golden files: what a reader sees and prints (values,
 * merges, fonts, borders, alignment, row heights, columns, print setup, frozen panes, drop-downs),
 * never the zip bytes. Styles are grouped: each distinct style lists the cell ranges that have it.
 */
import ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';

function styleKey(cell: Cell): string {
  // Read through the style: exceljs's types promise a font, alignment and border that may be absent.
  const { font: f = {}, alignment: a = {}, border: b = {} } = cell.style;
  const font = `${f.name ?? '-'} ${f.size ?? '-'}${f.bold === true ? ' bold' : ''}${f.color?.argb !== undefined ? ` ${f.color.argb}` : ''}`;
  const align = `${a.horizontal ?? '-'}/${a.vertical ?? '-'}${a.wrapText === true ? ' wrap' : ''}`;
  const sides = (['top', 'left', 'bottom', 'right'] as const)
    .map((side) => b[side]?.style ?? '-')
    .join(',');
  const { numFmt } = cell.style;
  const format = numFmt === undefined ? '' : ` fmt ${numFmt}`;
  return `${font} | ${align} | border ${sides}${format}`;
}

/** Addresses grouped into runs along a row: A4, B4, C4 → A4:C4. */
function ranges(cells: readonly { row: number; col: number }[], sheet: Worksheet): string[] {
  const out: string[] = [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  let start: { row: number; col: number } | undefined;
  let last: { row: number; col: number } | undefined;
  const flush = (): void => {
    if (!start || !last) return;
    const from = sheet.getCell(start.row, start.col).address;
    const to = sheet.getCell(last.row, last.col).address;
    out.push(from === to ? from : `${from}:${to}`);
  };
  for (const cell of sorted) {
    if (last && cell.row === last.row && cell.col === last.col + 1) {
      last = cell;
      continue;
    }
    flush();
    start = cell;
    last = cell;
  }
  flush();
  return out;
}

function text(cell: Cell): string | number | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return `<${typeof value === 'object' ? Object.keys(value).join(',') : typeof value}>`;
}

export function projectSheet(sheet: Worksheet): Record<string, unknown> {
  const styles = new Map<string, { row: number; col: number }[]>();
  const validations = new Map<string, { row: number; col: number }[]>();
  const rows: Record<string, unknown>[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, string | number> = {};
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      // Cells covered by a merge repeat the master's value when read back: show the master only.
      const isCovered = cell.isMerged && cell.master.address !== cell.address;
      const value = isCovered ? null : text(cell);
      if (value !== null && value !== '') values[cell.address] = value;
      if (cell.style.font || cell.style.border || cell.style.alignment) {
        const key = styleKey(cell);
        styles.set(key, [...(styles.get(key) ?? []), { row: r, col: c }]);
      }
      const dv = cell.dataValidation as
        | { type: string; formulae: string[]; showErrorMessage?: boolean; prompt?: string }
        | undefined;
      if (dv) {
        const key = `${dv.type} ${dv.formulae.join(',')}${dv.showErrorMessage === true ? ' strict' : ''}${dv.prompt === undefined ? '' : ` prompt "${dv.prompt}"`}`;
        validations.set(key, [...(validations.get(key) ?? []), { row: r, col: c }]);
      }
    }
    // Rows without a set height read back as undefined, whatever the types say.
    rows.push({ row: r, height: Number.isFinite(row.height) ? row.height : null, cells: values });
  }
  const columns = Array.from({ length: sheet.columnCount }, (_, i) => {
    const column = sheet.getColumn(i + 1);
    return {
      col: column.letter,
      width: column.width ?? null,
      ...(column.hidden ? { hidden: true } : {}),
    };
  });
  const { pageSetup: p } = sheet;
  return {
    name: sheet.name,
    state: sheet.state,
    columns,
    merges: [...sheet.model.merges].sort(),
    views: ((sheet.views as typeof sheet.views | null) ?? []).map((v) => ({
      state: v.state,
      ...('ySplit' in v ? { xSplit: v.xSplit, ySplit: v.ySplit } : {}),
    })),
    print: {
      paperSize: p.paperSize,
      orientation: p.orientation,
      fitToPage: p.fitToPage,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      printTitlesRow: p.printTitlesRow ?? null,
      horizontalCentered: p.horizontalCentered ?? null,
      margins: p.margins ?? null,
    },
    headerFooter: {
      oddHeader: sheet.headerFooter.oddHeader ?? null,
      oddFooter: sheet.headerFooter.oddFooter ?? null,
    },
    styles: Object.fromEntries(
      [...styles].map(([key, cells]) => [key, ranges(cells, sheet)]).sort(),
    ),
    validations: Object.fromEntries(
      [...validations].map(([key, cells]) => [key, ranges(cells, sheet)]).sort(),
    ),
    rows,
  };
}

export async function projectWorkbook(bytes: Buffer): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  return workbook.worksheets.map(projectSheet);
}
