/**
 * One sheet of an official table into a catalog: the title above the header, the header, the data
 * rows (blank rows skipped), the notes under the table (→ `notes`), and the ids.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostics/index.js';
import type { DomainInfo } from '../core/vocabulary/domains.js';
import type { RawCatalog } from '../core/model/raw.js';
import { domainIn } from './domain.js';
import { address, Grid } from './grid.js';
import { findHeader, type Header } from './header.js';
import { assignIds } from './ids.js';
import { readRow, type RowItem, type RowReader } from './row.js';
import type { ImportOptions, SheetData, SheetField, SheetPositions } from './types.js';

export type SheetOutcome =
  | { kind: 'no-header' }
  | { kind: 'no-domain'; diagnostics: Diagnostic[] }
  | {
      kind: 'table';
      domain: DomainInfo;
      catalog: RawCatalog;
      positions: SheetPositions;
      diagnostics: Diagnostic[];
    };

/** The field a column fills, for positions; mark groups by their first column. */
function fieldOf(column: Header['columns'][number]): SheetField | undefined {
  const { role } = column;
  switch (role.kind) {
    case 'name':
      return role.depth === 1 ? 'l1' : role.depth === 2 ? 'l2' : 'l3';
    case 'audience':
    case 'audience-text':
      return 'audience';
    case 'method':
    case 'method-text':
      return 'method';
    case 'level':
    case 'levels-text':
      return 'levels';
    case 'elements':
    case 'bases':
    case 'timeLimit':
    case 'subject':
    case 'channels':
    case 'stage':
    case 'note':
      return role.kind;
    default:
      return undefined;
  }
}

function columnsOf(header: Header): SheetPositions['columns'] {
  const columns: SheetPositions['columns'] = {};
  for (const column of header.columns) {
    const field = fieldOf(column);
    if (field !== undefined && columns[field] === undefined) columns[field] = column.col;
  }
  return columns;
}

/** Text under a table that explains it (docs/data-model.md §8). */
const NOTE_START = /^(?:注|说明|备注|附注|填表说明|标准目录要素说明)\s*[:：]?/u;

/** Columns a table should have, by the field each fills, with the header a reader knows. */
const EXPECTED_COLUMNS: readonly { kinds: readonly string[]; column: string }[] = [
  { kinds: ['elements'], column: '公开内容（要素）' },
  { kinds: ['bases'], column: '公开依据' },
  { kinds: ['timeLimit'], column: '公开时限' },
  { kinds: ['subject'], column: '公开主体' },
  { kinds: ['channels'], column: '公开渠道和载体' },
  { kinds: ['audience', 'audience-text'], column: '公开对象' },
  { kinds: ['method', 'method-text'], column: '公开方式' },
  { kinds: ['level', 'levels-text'], column: '公开层级' },
];

function titleAbove(grid: Grid, header: Header): string {
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
function isNoteRow(grid: Grid, row: number, header: Header): boolean {
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
function ownTexts(grid: Grid, row: number): string[] {
  const texts: string[] = [];
  for (let col = 1; col <= grid.columns; col++) {
    const cell = grid.cell(row, col);
    if (!cell.covered && cell.text !== '') texts.push(cell.text);
  }
  return texts;
}

export function importSheet(sheet: SheetData, options: ImportOptions): SheetOutcome {
  const grid = new Grid(sheet);
  const header = findHeader(grid);
  if (!header) return { kind: 'no-header' };
  const at = (row: number, col: number) => ({
    file: options.file,
    sheet: sheet.name,
    cell: address(row, col),
  });
  const diagnostics: Diagnostic[] = [];
  const title = titleAbove(grid, header);
  const fromTitle = domainIn(title);
  const fromSheet = domainIn(sheet.name);
  const domain = options.domain
    ? (domainIn(options.domain) ?? undefined)
    : (fromTitle ?? fromSheet);
  if (!domain) {
    diagnostics.push(diagnostic('excel-domain-unknown', { sheet: sheet.name, title }, at(1, 1)));
    return { kind: 'no-domain', diagnostics };
  }
  if (!options.domain && fromTitle && fromSheet && fromTitle.id !== fromSheet.id) {
    diagnostics.push(
      diagnostic(
        'excel-domain-mismatch',
        { fromTitle: fromTitle.zh, fromSheet: fromSheet.zh },
        at(1, 1),
      ),
    );
  }
  for (const column of header.columns) {
    if (column.role.kind === 'unknown') {
      diagnostics.push(
        diagnostic('excel-column-unknown', { header: column.label }, at(header.bottom, column.col)),
      );
    }
  }
  const kinds = new Set<string>(header.columns.map((c) => c.role.kind));
  for (const expected of EXPECTED_COLUMNS) {
    if (!expected.kinds.some((kind) => kinds.has(kind))) {
      diagnostics.push(
        diagnostic('excel-column-missing', { column: expected.column }, at(header.top, 1)),
      );
    }
  }

  const reader: RowReader = { grid, header, file: options.file, diagnostics, above: new Map() };
  const rows: RowItem[] = [];
  const notes: string[] = [];
  for (let row = header.bottom + 1; row <= grid.rows; row++) {
    if (notes.length === 0 && ownTexts(grid, row).length === 0) continue;
    if (notes.length > 0 || isNoteRow(grid, row, header)) {
      notes.push(...ownTexts(grid, row));
      continue;
    }
    const item = readRow(reader, row);
    if (item) rows.push(item);
  }
  const { items, problems } = assignIds(rows, options.known?.(domain.id) ?? []);
  for (const problem of problems) {
    const { l1, l2, l3 } = problem.item.fields;
    const item = [l1, l2, l3].filter((n) => n !== undefined).join(' / ');
    diagnostics.push(
      diagnostic(
        'excel-id-invalid',
        { id: problem.written, item, used: problem.used },
        {
          file: options.file,
          sheet: sheet.name,
          cell: problem.item.idCell,
        },
      ),
    );
  }
  // Keys in the order catalog files write them: domain, title, notes, items.
  const catalog: RawCatalog = {
    domain: domain.id,
    ...(title !== '' ? { title } : {}),
    ...(notes.length > 0 ? { notes: notes.join('\n') } : {}),
    items,
  };
  const positions = { rows: rows.map((row) => row.row), columns: columnsOf(header) };
  return { kind: 'table', domain, catalog, positions, diagnostics };
}
