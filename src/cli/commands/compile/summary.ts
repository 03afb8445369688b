/** The summary `gkml compile` prints at the end: counts, coverage and where the outputs are. */
import type { CompileSummary } from '../../../core/output/summary.js';
import { percentOf } from '../../../render/site/views/report.js';
import type { CliIo } from '../../io.js';

export interface BuildCounts {
  rendered: number;
  reused: number;
}

export function printSummary(
  io: CliIo,
  out: string,
  summary: CompileSummary,
  built?: BuildCounts,
): void {
  const coverage = percentOf(summary.covered, summary.expected);
  const accounted = percentOf(summary.covered + summary.omitted, summary.expected);
  // A private report lies beside the output folder (see compile-report.ts).
  const report = summary.reportBeside ? `${out}.report` : out;
  const lines =
    io.lang === 'zh'
      ? [
          `gkml compile → ${out}`,
          `  区域 ${summary.regions} 个 · 领域 ${summary.domains} 个 · 公开事项 ${summary.items} 个`,
          `  错误 ${summary.errors} · 警告 ${summary.warnings} · 提示 ${summary.infos}`,
          `  覆盖国家标准指引 ${coverage}（已说明 ${accounted}，应有 ${summary.expected} 项）`,
          `  网站 ${out}/index.html · 检查报告 ${report}/report.html、${report}/report.json · 表格 ${out}/downloads/`,
          ...(built ? [`  本次生成 ${built.rendered} 个文件，沿用 ${built.reused} 个`] : []),
        ]
      : [
          `gkml compile → ${out}`,
          `  ${summary.regions} regions · ${summary.domains} domains · ${summary.items} items`,
          `  ${summary.errors} errors · ${summary.warnings} warnings · ${summary.infos} info`,
          `  national guideline coverage ${coverage} (accounted for ${accounted}, ${summary.expected} expected)`,
          `  site ${out}/index.html · report ${report}/report.html, ${report}/report.json · sheets ${out}/downloads/`,
          ...(built ? [`  ${built.rendered} files rendered, ${built.reused} carried over`] : []),
        ];
  io.stdout.write(lines.join('\n') + '\n');
}
