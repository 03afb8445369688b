/** What the compile's artifact plan is made from: the analysed repository and the run's settings. */
import type { CoverageTotals } from '../../core/diff/coverage-types.js';
import type { Diagnostic } from '../../core/diagnostics/index.js';
import type { RepositoryModel } from '../../core/model/effective.js';
import type { RegionOutline } from '../../core/model/outline.js';
import type { CompileSummary } from '../../core/output/summary.js';
import type { Lang } from '../../i18n/lang.js';
import type { SiteTemplates } from '../site/index.js';
import type { SearchIndex } from '../site/search-index.js';
import type { ChannelStyle } from '../xlsx/index.js';

export interface CompileSettings {
  /** The date of the data printed in the workbooks (YYYY-MM-DD). */
  date: string;
  channels: ChannelStyle;
  /** Language of report.json's messages (the site and report page are in Chinese). */
  lang: Lang;
  tool: { name: string; version: string };
  /** Hash of the portal's frame (gkml.yaml `site`, its logo and partials): every page shows it. */
  frame: string;
}

export interface CompileInput {
  /**
   * The regions to render: the whole repository, or (a compile of a large one) a subtree with the
   * regions above it; `outline` then names every region.
   */
  model: RepositoryModel;
  /** Every region of the repository in outline, in the repository's order. */
  outline: readonly RegionOutline[];
  /** The search index built while the subtrees were merged (else it is built from `model`). */
  searchIndex?: () => SearchIndex;
  /** Every diagnostic of the compile, sorted. */
  diagnostics: readonly Diagnostic[];
  coverage: CoverageTotals;
  summary: CompileSummary;
  /** Display paths of the files read. */
  files: readonly string[];
  /** Fingerprint of every input (keys of the pages that show the whole repository). */
  fingerprint: string;
  fileHash: (file: string) => string;
  /** A key of the inputs every artifact depends on besides its region's files (gkml.yaml, date …). */
  shared?: string;
  templates: SiteTemplates;
  /** The portal's logo (gkml.yaml `site.logo`), as the site holds it. */
  logo?: { path: string; bytes: Uint8Array };
  /** Publish report.html and report.json with the site (site.report: public). */
  publicReport: boolean;
  settings: CompileSettings;
}
