/** What the compile's artifact plan is made from: the analysed repository and the run's settings. */
import type { CoverageReport } from '../../core/diff/coverage-types.js';
import type { Diagnostic } from '../../core/diagnostics/index.js';
import type { RepositoryModel } from '../../core/model/effective.js';
import type { CompileSummary } from '../../core/output/summary.js';
import type { Lang } from '../../i18n/lang.js';
import type { SiteTemplates } from '../site/index.js';
import type { ChannelStyle } from '../xlsx/index.js';

export interface CompileSettings {
  /** The date of the data printed in the workbooks (YYYY-MM-DD). */
  date: string;
  channels: ChannelStyle;
  /** Language of report.json's messages (the site and report page are in Chinese). */
  lang: Lang;
  tool: { name: string; version: string };
}

export interface CompileInput {
  model: RepositoryModel;
  /** Every diagnostic of the compile, sorted. */
  diagnostics: readonly Diagnostic[];
  coverage: CoverageReport;
  summary: CompileSummary;
  /** Display paths of the files read. */
  files: readonly string[];
  /** Fingerprint of every input (keys of the pages that show the whole repository). */
  fingerprint: string;
  fileHash: (file: string) => string;
  templates: SiteTemplates;
  settings: CompileSettings;
}
