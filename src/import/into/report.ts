/** What `gkml import --into` changed, per sheet, in spreadsheet terms (rows and cells). */
import type { DomainId } from '../../core/vocabulary/domains.js';
import type { SheetField } from '../types.js';

/** A row of the sheet, or an item no row holds any more (no row then). */
export interface RowRef {
  id: string;
  /** "就业信息服务 / 岗位信息发布". */
  item: string;
  row?: number;
  /** "（十八）就业!A7". */
  cell?: string;
}

export interface CellChange extends RowRef {
  field: SheetField;
  old: string;
  new: string;
}

export interface SheetReport {
  /** Display path of the workbook. */
  file: string;
  sheet: string;
  domain: DomainId;
  /** Display path of the region's catalog file for the domain. */
  target: string;
  /** Rows with no item in the region before: local additions, or restored omissions. */
  added: (RowRef & { restored: boolean })[];
  /** Items the region had that no row holds: now omitted (inherited) or dropped (local). */
  removed: (RowRef & { omitted: boolean })[];
  changed: CellChange[];
  /** The title row, when the sheet changes it (kept as the catalog's title). */
  title?: { old: string; new: string; cell: string };
  /** Rows whose item changed place relative to the others. */
  moved: RowRef[];
  /** The file's text changes (false for an unchanged sheet). */
  written: boolean;
}

/** True when the sheet changed nothing. */
export function unchanged(report: SheetReport): boolean {
  return (
    report.added.length === 0 &&
    report.removed.length === 0 &&
    report.changed.length === 0 &&
    report.moved.length === 0 &&
    report.title === undefined
  );
}
