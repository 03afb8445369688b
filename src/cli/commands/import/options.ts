/** The options of `gkml import`, shared by the catalog import (run.ts) and the register import (documents.ts). */
import type { DiagnosticFormat } from '../../../render/diagnostics/index.js';
import type { FailOn } from '../../../core/diagnostics/index.js';

export interface ImportOptions {
  files: string[];
  /** Output folder, relative to the working folder. */
  out?: string;
  /** Region folder to reconcile the sheets with (`--into`), instead of --out. */
  into?: string;
  /** With --into: report, write nothing. */
  dryRun: boolean;
  /** The domain of every table sheet, whatever titles and sheet names say. */
  domain?: string;
  /** `--domain` values as given, repeatable: a domain, or "Sheet名=领域" for one sheet. */
  domains?: string[];
  force: boolean;
  format: DiagnosticFormat;
  failOn: FailOn;
  /** Write national baselines (complete, every item citing `source`) instead of catalogs. */
  baseline?: boolean;
  /** The document the tables come from (title and 文号), for `--baseline`; else the sheet title. */
  source?: string;
  /** The workbook is a 发文登记表: write the region's documents.yaml instead of catalogs. */
  documents?: boolean;
}
