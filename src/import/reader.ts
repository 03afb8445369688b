/** The state of reading a sheet's rows, and reporting at sheet!cell. */
import { diagnostic, type Diagnostic, type DiagnosticArgs } from '../core/diagnostics/index.js';
import { address, type Grid } from './grid.js';
import type { Header, HeaderColumn } from './header.js';

export interface RowReader {
  grid: Grid;
  header: Header;
  file: string;
  diagnostics: Diagnostic[];
  /** Last value of each column, for "同上". */
  above: Map<number, string>;
}

export function report<C extends keyof DiagnosticArgs>(
  reader: RowReader,
  code: C,
  args: DiagnosticArgs[C],
  row: number,
  col: number,
): void {
  const at = { file: reader.file, sheet: reader.grid.name, cell: address(row, col) };
  reader.diagnostics.push(diagnostic(code, args, at));
}

/** Text in a cell that could not be mapped, with the row's item names for context. */
export function unreadable(
  reader: RowReader,
  row: number,
  column: HeaderColumn,
  text: string,
  item: string,
): void {
  report(reader, 'excel-cell-unreadable', { text, column: column.label, item }, row, column.col);
}

/** The first column of the table, where messages about a whole row point. */
export function firstColumn(reader: RowReader): number {
  return reader.header.columns[0]?.col ?? 1;
}
