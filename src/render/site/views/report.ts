/**
 * The compile report page: what was checked, what was found and how the catalogs cover the
 * national guidelines. Always in Chinese, like the rest of the site; report.json has the data.
 */
import type { CoverageTotals, Counts } from '../../../core/diff/coverage-types.js';
import { outlineItems } from '../../../core/model/outline.js';
import { describe, tally, type Diagnostic } from '../../../core/diagnostics/index.js';
import { domainInfo, frame, type SiteContext } from './context.js';
import { HOME, REPORT, regionPage } from '../paths.js';
import { LEVEL_LABELS } from '../../../core/vocabulary/levels.js';
import { percent } from '../../diff/labels.js';

export interface ReportInput {
  /** Number of files read. */
  files: number;
  /** Every diagnostic of the compile, sorted. */
  diagnostics: readonly Diagnostic[];
  coverage?: CoverageTotals;
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** part ÷ whole as gkml diff shows it: "97.3%", "100%", or "—" when nothing was expected. */
export function percentOf(part: number, whole: number): string {
  return percent(whole === 0 ? null : part / whole);
}

function countsRow(counts: Counts) {
  return {
    expected: counts.expected,
    covered: counts.covered,
    omitted: counts.omitted,
    missing: counts.missing,
    local: counts.local,
    weakened: counts.weakened,
    coverage: percentOf(counts.covered, counts.expected),
    accounted: percentOf(counts.covered + counts.omitted, counts.expected),
  };
}

/**
 * `root` leads from the report to the site: '' when report.html is part of the site, "../site/"
 * when it is kept beside it (site.report: private).
 */
export function reportView(ctx: SiteContext, report: ReportInput, root = '') {
  const counts = tally(report.diagnostics);
  const items = ctx.order.reduce((sum, region) => sum + outlineItems(region), 0);
  const coverage = report.coverage;
  return {
    frame: frame(
      ctx,
      REPORT,
      `目录检查报告 - ${ctx.siteName}`,
      [
        { text: '首页', href: root + HOME },
        { text: '目录检查报告', href: REPORT },
      ],
      [],
      root,
    ),
    summary: [
      { label: '行政区域', value: String(ctx.order.length) },
      { label: '公开事项', value: String(items) },
      { label: '读取的文件', value: String(report.files) },
      { label: '错误', value: String(counts.errors) },
      { label: '警告', value: String(counts.warnings) },
      { label: '提示', value: String(counts.infos) },
      ...(coverage
        ? [
            {
              label: '覆盖率（已覆盖 ÷ 应有）',
              value: percentOf(coverage.counts.covered, coverage.counts.expected),
            },
            {
              label: '已说明（已覆盖与注明不适用 ÷ 应有）',
              value: percentOf(
                coverage.counts.covered + coverage.counts.omitted,
                coverage.counts.expected,
              ),
            },
          ]
        : []),
    ],
    regions: (coverage?.regions ?? []).map((region) => ({
      name: region.region.name,
      level: LEVEL_LABELS[region.region.level],
      href: root + regionPage(region.region.code),
      ...countsRow(region.counts),
      domains: region.domains.map((domain) => ({
        name: domainInfo(domain.domain).zh,
        ...countsRow(domain.counts),
      })),
    })),
    diagnostics: report.diagnostics.map((d) => {
      const { message, hint } = describe(d, 'zh');
      const line = d.span ? `:${d.span.start.line}:${d.span.start.column}` : '';
      const cell = d.sheet !== undefined ? ` ${d.sheet}!${d.cell ?? ''}` : '';
      return {
        place: `${d.file ?? ''}${line}${cell}`,
        severity: SEVERITY[d.severity],
        kind: d.severity,
        message,
        hint,
        code: d.code,
      };
    }),
  };
}
