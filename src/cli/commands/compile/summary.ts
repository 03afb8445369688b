/** The summary `gkml compile` prints at the end: counts, coverage and where the outputs are. */
import type { CompileSummary } from '../../../core/output/summary.js';
import { percentOf } from '../../../render/site/views/report.js';
import type { CliIo } from '../../io.js';
import type { Label } from '../../../i18n/lang.js';
import { compileMessages } from './messages.js';

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
  const say = (text: Label): string => text[io.lang];
  const lines = [
    `gkml compile → ${out}`,
    say(compileMessages.summaryCounts(summary)),
    say(compileMessages.summaryFindings(summary)),
    say(compileMessages.summaryCoverage(coverage, accounted, summary.expected)),
    say(compileMessages.summaryWhere(out, report)),
    ...(built ? [say(compileMessages.summaryBuilt(built.rendered, built.reused))] : []),
  ];
  io.stdout.write(lines.join('\n') + '\n');
}
