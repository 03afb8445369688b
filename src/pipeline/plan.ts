/**
 * The plan stage: what a command's output folder will hold, as data, before anything is written.
 * compile plans artifacts rendered on demand (src/render/compile) and written by io/output;
 * site plans its files (pages, and the downloads when wanted); both are written by io/output.
 */
import type { CoverageReport } from '../core/diff/coverage-types.js';
import type { Diagnostic, ExitCode } from '../core/diagnostics/index.js';
import type { RepositoryModel } from '../core/model/effective.js';
import type { Artifact } from '../core/output/artifact.js';
import { compileSummary, type CompileSummary } from '../core/output/summary.js';
import { hashOf } from '../core/util/hash.js';
import { compileArtifacts } from '../render/compile/artifacts.js';
import type { CompileInput, CompileSettings } from '../render/compile/input.js';
import { noDownloads, renderSite, reportIsPublic } from '../render/site/index.js';
import type { SiteFrameFiles } from './site-frame.js';

export interface CompilePlanInput {
  model: RepositoryModel;
  coverage: CoverageReport;
  /** Every finding of the run, sorted. */
  diagnostics: readonly Diagnostic[];
  /** Display paths of the files read. */
  files: readonly string[];
  /** The inputs' fingerprint and each file's content hash (io/compile-inputs.ts). */
  inputs: { fingerprint: string; hashes: ReadonlyMap<string, string> };
  /** The settings hashed with the inputs (io/compile-inputs.ts), part of every artifact's key. */
  inputSettings: readonly string[];
  settings: CompileSettings;
  exitCode: ExitCode;
  /** The portal's frame (gkml.yaml `site`): templates with its partials, its logo. */
  frame: Pick<SiteFrameFiles, 'templates' | 'logo'>;
}

export function planCompile(input: CompilePlanInput): {
  summary: CompileSummary;
  artifacts: Artifact[];
  /** What the artifacts were planned from (a private report is written from it, beside). */
  input: CompileInput;
} {
  const { model, coverage, diagnostics, inputs, frame } = input;
  const publicReport = reportIsPublic(model);
  const summary = compileSummary(model, coverage, diagnostics, input.exitCode, !publicReport);
  const templates = frame.templates;
  const compileInput: CompileInput = {
    model,
    diagnostics,
    coverage,
    summary,
    files: input.files,
    fingerprint: inputs.fingerprint,
    fileHash: (file) => inputs.hashes.get(file) ?? file,
    shared: sharedKey(model, inputs.hashes, input.inputSettings, JSON.stringify(templates)),
    templates,
    ...(frame.logo ? { logo: frame.logo } : {}),
    publicReport,
    settings: input.settings,
  };
  return { summary, artifacts: compileArtifacts(compileInput), input: compileInput };
}

/**
 * A key of the inputs every artifact depends on besides its region's own files: the settings, the
 * templates, gkml.yaml (example: true is printed in every workbook), the national baselines and any
 * other file of the repository.
 */
function sharedKey(
  model: RepositoryModel,
  hashes: ReadonlyMap<string, string>,
  settings: readonly string[],
  templates: string,
): string {
  const own = new Set(
    model.regions.flatMap((region) => [region.file, ...region.catalogs.map((c) => c.file)]),
  );
  const shared = [...hashes]
    .filter(([file]) => !own.has(file))
    .map(([file, hash]) => `${file}=${hash}`)
    .sort();
  return hashOf(...settings, hashOf(templates), ...shared);
}

/** The site's files by path; each region's workbooks and CSV/JSON too when `downloads` is on. */
export async function planSiteFiles(
  model: RepositoryModel,
  options: { downloads: boolean; date: string; frame: Pick<SiteFrameFiles, 'templates' | 'logo'> },
): Promise<Map<string, string | Uint8Array>> {
  // Workbooks are heavy (exceljs): rendered, and the module loaded, only when downloads are wanted.
  const downloads = options.downloads
    ? await (
        await import('../render/site/export-downloads.js')
      ).renderDownloads(model, options.date)
    : { files: new Map<string, string | Uint8Array>(), plan: noDownloads };
  const { templates, logo } = options.frame;
  const pages = renderSite(model, {
    templates,
    downloads: downloads.plan,
    ...(logo ? { logo: logo.path } : {}),
  });
  return new Map<string, string | Uint8Array>([
    ...pages,
    ...downloads.files,
    ...(logo ? [[logo.path, logo.bytes] as const] : []),
  ]);
}
