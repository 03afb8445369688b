/**
 * The plan stage: what a command's output folder will hold, as data, before anything is written.
 * compile plans artifacts rendered on demand (src/render/compile) and written by io/output;
 * site plans its files (pages, and the downloads when wanted) for io/site-writer.
 */
import type { CoverageReport } from '../core/diff/coverage-types.js';
import type { Diagnostic, ExitCode } from '../core/diagnostics/index.js';
import type { RepositoryModel } from '../core/model/effective.js';
import type { Artifact } from '../core/output/artifact.js';
import { compileSummary, type CompileSummary } from '../core/output/summary.js';
import { compileArtifacts } from '../render/compile/artifacts.js';
import type { CompileSettings } from '../render/compile/input.js';
import { noDownloads, renderSite } from '../render/site/index.js';
import { loadSiteTemplates } from './site-templates.js';

export interface CompilePlanInput {
  model: RepositoryModel;
  coverage: CoverageReport;
  /** Every finding of the run, sorted. */
  diagnostics: readonly Diagnostic[];
  /** Display paths of the files read. */
  files: readonly string[];
  /** The inputs' fingerprint and each file's content hash (io/compile-inputs.ts). */
  inputs: { fingerprint: string; hashes: ReadonlyMap<string, string> };
  settings: CompileSettings;
  exitCode: ExitCode;
}

export function planCompile(input: CompilePlanInput): {
  summary: CompileSummary;
  artifacts: Artifact[];
} {
  const { model, coverage, diagnostics, inputs } = input;
  const summary = compileSummary(model, coverage, diagnostics, input.exitCode);
  const artifacts = compileArtifacts({
    model,
    diagnostics,
    coverage,
    summary,
    files: input.files,
    fingerprint: inputs.fingerprint,
    fileHash: (file) => inputs.hashes.get(file) ?? file,
    templates: loadSiteTemplates(),
    settings: input.settings,
  });
  return { summary, artifacts };
}

/** The site's files by path; each region's workbooks and CSV/JSON too when `downloads` is on. */
export async function planSiteFiles(
  model: RepositoryModel,
  options: { downloads: boolean; date: string },
): Promise<Map<string, string | Uint8Array>> {
  // Workbooks are heavy (exceljs): rendered, and the module loaded, only when downloads are wanted.
  const downloads = options.downloads
    ? await (
        await import('../render/site/export-downloads.js')
      ).renderDownloads(model, options.date)
    : { files: new Map<string, string | Uint8Array>(), plan: noDownloads };
  const pages = renderSite(model, { templates: loadSiteTemplates(), downloads: downloads.plan });
  return new Map<string, string | Uint8Array>([...pages, ...downloads.files]);
}
