/** The one-screen result of a compile, kept in the output so that an unchanged rerun can repeat it. */
import type { CoverageTotals } from '../diff/coverage-types.js';
import { tally, type Diagnostic, type ExitCode } from '../diagnostics/index.js';
import { outlineItems, type RegionOutline } from '../model/outline.js';

export const SUMMARY_PATH = '.gkml/summary.json';

export interface CompileSummary {
  regions: number;
  /** Distinct domains with at least one catalog. */
  domains: number;
  items: number;
  errors: number;
  warnings: number;
  infos: number;
  /** National items covered, omitted with a reason, and expected (see core/diff). */
  covered: number;
  omitted: number;
  expected: number;
  exitCode: ExitCode;
  /** The check report is kept beside the output, not published in it (site.report: private). */
  reportBeside?: true;
}

export function compileSummary(
  regions: readonly RegionOutline[],
  coverage: CoverageTotals,
  diagnostics: readonly Diagnostic[],
  exitCode: ExitCode,
  reportBeside = false,
): CompileSummary {
  return {
    regions: regions.length,
    domains: new Set(regions.flatMap((r) => r.catalogs.map((c) => c.domain))).size,
    items: regions.reduce((n, r) => n + outlineItems(r), 0),
    ...tally(diagnostics),
    covered: coverage.counts.covered,
    omitted: coverage.counts.omitted,
    expected: coverage.counts.expected,
    exitCode,
    ...(reportBeside ? { reportBeside: true as const } : {}),
  };
}

export function summaryText(summary: CompileSummary): string {
  return JSON.stringify(summary, null, 1) + '\n';
}
