/**
 * What the importer reads: a workbook as plain data (cell texts and merged ranges), so that the
 * import is a pure function, testable without files. src/io/read-workbook.ts fills it from .xlsx.
 */
import type { Diagnostic } from '../core/diagnostics/index.js';
import type { DomainId } from '../core/vocabulary/domains.js';
import type { RawCatalog } from '../core/model/raw.js';

/** A rectangle of cells merged into one, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  /** Text of the non-empty cells: row → column → text (1-based). Merged cells only at their master. */
  cells: ReadonlyMap<number, ReadonlyMap<number, string>>;
  merges: readonly MergeRange[];
}

export interface WorkbookData {
  sheets: readonly SheetData[];
}

/** A national item's names, to give imported items the national id when they match. */
export interface KnownItem {
  id: string;
  l1?: string;
  l2?: string;
  l3?: string;
}

export interface ImportOptions {
  /** Display path of the workbook, for diagnostics. */
  file: string;
  /** Domain of every table sheet, overriding titles and sheet names (`--domain`). */
  domain?: DomainId;
  /** Domain of single sheets by sheet name (`--domain 'Sheet名=领域'`), before `domain`. */
  sheetDomains?: Readonly<Record<string, DomainId>>;
  /** The national baseline's items per domain: matching names take the national id. */
  known?: (domain: DomainId) => readonly KnownItem[];
}

/** The item fields a sheet's columns hold, for naming the cell of a value (`--into` reports). */
export type SheetField =
  | 'l1'
  | 'l2'
  | 'l3'
  | 'elements'
  | 'bases'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audience'
  | 'method'
  | 'levels'
  | 'stage'
  | 'note';

/** Where an imported catalog's values sit in its sheet. */
export interface SheetPositions {
  /** Parallel to the catalog's items: the sheet row (1-based) each was read from. */
  rows: number[];
  /** The (first) column of each field the sheet has, 1-based. */
  columns: Partial<Record<SheetField, number>>;
}

export interface ImportedCatalog {
  domain: DomainId;
  sheet: string;
  catalog: RawCatalog;
  positions: SheetPositions;
}

export interface ImportResult {
  catalogs: ImportedCatalog[];
  diagnostics: Diagnostic[];
}
