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
  /** The national baseline's items per domain: matching names take the national id. */
  known?: (domain: DomainId) => readonly KnownItem[];
}

export interface ImportedCatalog {
  domain: DomainId;
  sheet: string;
  catalog: RawCatalog;
}

export interface ImportResult {
  catalogs: ImportedCatalog[];
  diagnostics: Diagnostic[];
}
