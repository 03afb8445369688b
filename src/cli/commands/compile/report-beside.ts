/**
 * The check report of a repository that keeps it private (gkml.yaml `site.report: private`, the
 * default for real data): report.html and report.json in `<out>.report/`, beside the output folder
 * that gets published, its links leading into the site.
 */
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../../../io/write-atomic.js';
import { reportInput, REPORT_JSON } from '../../../render/compile/artifacts.js';
import type { CompileInput } from '../../../render/compile/input.js';
import { reportJson } from '../../../render/compile/report-json.js';
import { exportDownloadPlan } from '../../../render/site/downloads.js';
import { renderDetachedReport } from '../../../render/site/index.js';

/** Where a private report goes for the output folder `out`. */
export const reportFolderBeside = (out: string): string => `${out}.report`;

export async function writeReportBeside(out: string, input: CompileInput): Promise<void> {
  const folder = reportFolderBeside(out);
  await mkdir(folder, { recursive: true });
  const html = renderDetachedReport(
    input.model,
    {
      templates: input.templates,
      downloads: exportDownloadPlan,
      report: reportInput(input),
      outline: input.outline,
      ...(input.logo ? { logo: input.logo.path } : {}),
    },
    `../${encodeURIComponent(basename(out))}/`,
  );
  await writeFileAtomic(join(folder, 'report.html'), html);
  await writeFileAtomic(join(folder, REPORT_JSON), reportJson(input));
}
