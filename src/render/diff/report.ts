/** What every `gkml diff` renderer receives. */
import type { Diagnostic } from '../../core/diagnostics/index.js';
import type { CoverageReport, VersionReport } from '../../core/diff/index.js';
import type { FormatOptions } from '../diagnostics/index.js';
import type { Lang } from '../../i18n/lang.js';

export type DiffResult =
  | { mode: 'coverage'; report: CoverageReport }
  /** `from` and `to` name the two versions as the user gave them (folders, or a git ref). */
  | { mode: 'version'; report: VersionReport; from: string; to: string };

export interface DiffRenderInput {
  result: DiffResult;
  /** Every finding to show, sorted: the diff's own and any problems met while loading. */
  diagnostics: readonly Diagnostic[];
  lang: Lang;
  tool: { name: string; version: string };
  /** The repository is marked as invented example data (gkml.yaml `example: true`). */
  example: boolean;
}

export type DiffRenderer = (input: DiffRenderInput, options: FormatOptions) => string;
