/**
 * One sheet of an official table into catalogs: the title above the header, the header, the
 * domain (one for the sheet, or one per row in a table of many domains, layout.ts), the data rows
 * (blank rows skipped), the notes under the table (→ `notes`), and the ids.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostics/index.js';
import type { RawCatalog } from '../core/model/raw.js';
import type { DomainInfo } from '../core/vocabulary/domains.js';
import { domainIn, type DomainName } from './domain.js';
import { address, Grid } from './grid.js';
import { findHeader, type Header } from './header.js';
import { assignIds } from './ids.js';
import { domainColumn, type DomainColumn } from './layout.js';
import { readRows, type PlacedRow } from './rows.js';
import { EXPECTED_COLUMNS, titleAbove } from './sheet-parts.js';
import { columnsOf } from './positions.js';
import type { ImportOptions, SheetData, SheetPositions } from './types.js';

export interface SheetTable {
  domain: DomainInfo;
  catalog: RawCatalog;
  positions: SheetPositions;
}

export type SheetOutcome =
  | { kind: 'no-header' }
  | { kind: 'no-domain'; diagnostics: Diagnostic[] }
  | { kind: 'tables'; tables: SheetTable[]; diagnostics: Diagnostic[] };

type At = (row: number, col: number) => { file: string; sheet: string; cell: string };

/** The sheet's one domain, or its domain column, or undefined (reported) when neither is known. */
function sheetDomain(
  grid: Grid,
  header: Header,
  options: ImportOptions,
  report: { title: string; at: At; diagnostics: Diagnostic[] },
): { domain: DomainName } | { column: DomainColumn } | undefined {
  const { title, at, diagnostics } = report;
  const assigned = options.sheetDomains?.[grid.name] ?? options.domain;
  const fromAssigned = assigned === undefined ? undefined : domainIn(assigned);
  if (fromAssigned) return { domain: fromAssigned };
  const fromTitle = domainIn(title);
  const column = domainColumn(grid, header, fromTitle?.domain);
  if (column) return { column };
  const fromSheet = domainIn(grid.name);
  const found = fromTitle ?? fromSheet;
  if (!found) {
    diagnostics.push(diagnostic('excel-domain-unknown', { sheet: grid.name, title }, at(1, 1)));
    return undefined;
  }
  if (fromTitle && fromSheet && fromTitle.domain.id !== fromSheet.domain.id) {
    const args = { fromTitle: fromTitle.domain.zh, fromSheet: fromSheet.domain.zh };
    diagnostics.push(diagnostic('excel-domain-mismatch', args, at(1, 1)));
  }
  if (found.synonym !== undefined) {
    const args = { written: found.synonym, domain: found.domain.zh };
    diagnostics.push(diagnostic('excel-domain-synonym', args, at(1, 1)));
  }
  return { domain: found };
}

function checkColumns(header: Header, at: At, diagnostics: Diagnostic[]): void {
  for (const column of header.columns) {
    if (column.role.kind === 'unknown') {
      const args = { header: column.label };
      diagnostics.push(diagnostic('excel-column-unknown', args, at(header.bottom, column.col)));
    }
  }
  const kinds = new Set<string>(header.columns.map((c) => c.role.kind));
  for (const expected of EXPECTED_COLUMNS) {
    if (!expected.kinds.some((kind) => kinds.has(kind))) {
      const args = { column: expected.column };
      diagnostics.push(diagnostic('excel-column-missing', args, at(header.top, 1)));
    }
  }
}

/** Rows grouped by domain, in the order the domains first appear in the table. */
function byDomain(rows: readonly PlacedRow[]): Map<DomainInfo, PlacedRow[]> {
  const groups = new Map<DomainInfo, PlacedRow[]>();
  for (const row of rows) {
    if (!row.domain) continue;
    const group = groups.get(row.domain) ?? [];
    group.push(row);
    groups.set(row.domain, group);
  }
  return groups;
}

export function importSheet(sheet: SheetData, options: ImportOptions): SheetOutcome {
  const grid = new Grid(sheet);
  const found = findHeader(grid);
  if (!found) return { kind: 'no-header' };
  const at: At = (row, col) => ({ file: options.file, sheet: sheet.name, cell: address(row, col) });
  const diagnostics: Diagnostic[] = [];
  const title = titleAbove(grid, found);
  const domain = sheetDomain(grid, found, options, { title, at, diagnostics });
  if (!domain) return { kind: 'no-domain', diagnostics };
  const header = 'column' in domain ? domain.column.header : found;
  checkColumns(header, at, diagnostics);

  const read = readRows(
    { grid, header, file: options.file, diagnostics, above: new Map() },
    {
      ...('column' in domain ? { column: domain.column.column } : { domain: domain.domain.domain }),
    },
  );
  const tables: SheetTable[] = [];
  for (const [info, rows] of byDomain(read.rows)) {
    const { items, problems } = assignIds(
      rows.map((r) => r.item),
      options.known?.(info.id) ?? [],
    );
    for (const problem of problems) {
      const { l1, l2, l3 } = problem.item.fields;
      const item = [l1, l2, l3].filter((n) => n !== undefined).join(' / ');
      const args = { id: problem.written, item, used: problem.used };
      const cell = { file: options.file, sheet: sheet.name, cell: problem.item.idCell };
      diagnostics.push(diagnostic('excel-id-invalid', args, cell));
    }
    // Keys in the order catalog files write them: domain, title, notes, items.
    const catalog: RawCatalog = {
      domain: info.id,
      ...(title !== '' ? { title } : {}),
      ...(read.notes.length > 0 ? { notes: read.notes.join('\n') } : {}),
      items,
    };
    const positions = { rows: rows.map((r) => r.item.row), columns: columnsOf(header) };
    tables.push({ domain: info, catalog, positions });
  }
  return { kind: 'tables', tables, diagnostics };
}
