/**
 * The data rows of a sheet, each placed in its domain: the sheet's one domain, or, in a table of
 * many domains, the domain its 一级 cell names. Rows whose 一级 names no domain are reported with
 * their cells, never dropped silently; the mapping chosen is reported once per sheet.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostics/index.js';
import type { DomainInfo } from '../core/vocabulary/domains.js';
import { address } from './grid.js';
import type { HeaderColumn } from './header.js';
import { rowDomain } from './layout.js';
import type { RowReader } from './reader.js';
import { readRow, type RowItem } from './row.js';
import { isNoteRow, ownTexts } from './sheet-parts.js';
import { combineRows, continuesItem } from './two-rows.js';

export interface PlacedRow {
  item: RowItem;
  /** Undefined when the row's 一级 cell names no domain (reported). */
  domain?: DomainInfo;
}

export type Placement = { domain: DomainInfo } | { column: HeaderColumn };

/** What a many-domain table's 一级 cells said, for the reports after the rows are read. */
interface Seen {
  /** Written name → domain and count, in table order. */
  mapped: Map<string, { domain: DomainInfo; items: number; synonym: boolean }>;
  /** Written name (maybe blank) → the cells of the rows it holds. */
  unplaced: Map<string, string[]>;
}

function place(reader: RowReader, row: number, column: HeaderColumn, seen: Seen) {
  const written = reader.grid.value(row, column.col).replace(/\s*\n\s*/gu, '');
  const named = rowDomain(reader.grid, row, column);
  if (!named) {
    const cells = seen.unplaced.get(written) ?? [];
    cells.push(address(row, column.col));
    seen.unplaced.set(written, cells);
    return undefined;
  }
  const entry = seen.mapped.get(written);
  if (entry) entry.items++;
  else {
    seen.mapped.set(written, { domain: named.domain, items: 1, synonym: !!named.synonym });
    if (named.synonym !== undefined) {
      const args = { written, domain: named.domain.zh };
      const at = { file: reader.file, sheet: reader.grid.name, cell: address(row, column.col) };
      reader.diagnostics.push(diagnostic('excel-domain-synonym', args, at));
    }
  }
  return named.domain;
}

/** The mapping goes before the rows' reports (workbook order), the unplaced rows after them. */
function reportPlacement(
  reader: RowReader,
  column: HeaderColumn,
  seen: Seen,
  before: number,
): void {
  const at = (cell: string) => ({ file: reader.file, sheet: reader.grid.name, cell });
  const mapping = [...seen.mapped].map(
    ([written, { domain, items }]) => `${written} → ${domain.zh}（${items}）`,
  );
  const headerCell = address(reader.header.bottom, column.col);
  const split = diagnostic(
    'excel-domains-split',
    { column: column.label, mapping },
    at(headerCell),
  );
  reader.diagnostics.splice(before, 0, split);
  for (const [name, cells] of seen.unplaced) {
    const args = { name, cells };
    reader.diagnostics.push(diagnostic('excel-domain-rows', args, at(cells[0] ?? headerCell)));
  }
}

/** Reads the rows under the header and the notes under the table. */
export function readRows(
  reader: RowReader,
  placement: Placement,
): { rows: PlacedRow[]; notes: string[] } {
  const { grid, header } = reader;
  const rows: PlacedRow[] = [];
  const notes: string[] = [];
  const seen: Seen = { mapped: new Map(), unplaced: new Map() };
  const before = reader.diagnostics.length;
  // The last item read, held back with its reports until the next row shows it is complete.
  let pending: { item: RowItem; diagnostics: Diagnostic[]; domain?: DomainInfo } | undefined;
  const flush = (): void => {
    if (!pending) return;
    reader.diagnostics.push(...pending.diagnostics);
    const { item, domain } = pending;
    rows.push(domain ? { item, domain } : { item });
    pending = undefined;
  };
  for (let row = header.bottom + 1; row <= grid.rows; row++) {
    if (notes.length === 0 && ownTexts(grid, row).length === 0) continue;
    if (notes.length > 0 || isNoteRow(grid, row, header)) {
      flush();
      notes.push(...ownTexts(grid, row));
      continue;
    }
    const own = { ...reader, diagnostics: [] };
    const item = readRow(own, row);
    if (!item) {
      flush();
      reader.diagnostics.push(...own.diagnostics);
      continue;
    }
    if (pending && continuesItem(grid, header, row)) {
      pending = { ...pending, ...combineRows(pending, { item, diagnostics: own.diagnostics }) };
      continue;
    }
    flush();
    const domain =
      'domain' in placement ? placement.domain : place(reader, row, placement.column, seen);
    pending = domain
      ? { item, diagnostics: own.diagnostics, domain }
      : { item, diagnostics: own.diagnostics };
  }
  flush();
  if ('column' in placement) reportPlacement(reader, placement.column, seen, before);
  return { rows, notes };
}
