/**
 * The plan stage: what a command's output folder will hold, as data, before anything is written.
 * compile plans artifacts rendered on demand (src/render/compile) and written by io/output;
 * site plans its files (pages, and the downloads when wanted); both are written by io/output.
 */
import type { CoverageTotals } from '../core/diff/coverage-types.js';
import type { Diagnostic, ExitCode } from '../core/diagnostics/index.js';
import type { RepositoryModel } from '../core/model/effective.js';
import { outlineOf, type RegionOutline } from '../core/model/outline.js';
import type { Artifact } from '../core/output/artifact.js';
import { compileSummary, type CompileSummary } from '../core/output/summary.js';
import { hashOf } from '../core/util/hash.js';
import { limitConcurrency } from '../core/util/limit.js';
import { collectGarbage } from './collect-garbage.js';
import { compileArtifacts } from '../render/compile/artifacts.js';
import type { CompileInput, CompileSettings } from '../render/compile/input.js';
import { noDownloads, renderSite, reportIsPublic } from '../render/site/index.js';
import type { SearchIndex } from '../render/site/search-index.js';
import type { SiteFrameFiles } from './site-frame.js';

export interface CompilePlanInput {
  /** The whole repository merged, or, with `subtrees`, every region without its items. */
  model: RepositoryModel;
  coverage: CoverageTotals;
  /** A repository loaded one subtree at a time (pipeline/subtrees.ts). */
  subtrees?: Subtrees;
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
  /** The key of each file of the previous output: an artifact with the same key is carried over. */
  previous?: Readonly<Record<string, string>>;
}

/** Workbooks rendered at once in a compile by subtree (each holds its sheets and their XML). */
const WORKBOOKS_AT_ONCE = 2;

/**
 * Heap growth (bytes) after which the next render starts on a collected heap: a repository-wide
 * page (the largest single renders), or a subtree merged again (after one changed township, the few
 * regions merged again leave less, and their full collection of a 500 MB heap is not asked for).
 */
const RENDER_GARBAGE = 64 * 1024 * 1024;

/** What planning a repository loaded one subtree at a time takes from it. */
export interface Subtrees {
  outline: readonly RegionOutline[];
  searchIndex: () => SearchIndex;
  groupOf: (code: string) => number | undefined;
  model: (group: number, only?: ReadonlySet<string>) => RepositoryModel;
}

export function planCompile(input: CompilePlanInput): {
  summary: CompileSummary;
  artifacts: Artifact[];
  /** What the artifacts were planned from (a private report is written from it, beside). */
  input: CompileInput;
} {
  const { model, coverage, diagnostics, inputs, frame } = input;
  const publicReport = reportIsPublic(model);
  const outline = input.subtrees?.outline ?? model.regions.map(outlineOf);
  const summary = compileSummary(outline, coverage, diagnostics, input.exitCode, !publicReport);
  const templates = frame.templates;
  const compileInput: CompileInput = {
    model,
    outline,
    ...(input.subtrees ? { searchIndex: input.subtrees.searchIndex } : {}),
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
  const artifacts = compileArtifacts(compileInput);
  return {
    summary,
    artifacts: input.subtrees
      ? bySubtree(artifacts, compileInput, input.subtrees, input.previous ?? {})
      : artifacts,
    input: compileInput,
  };
}

/**
 * The artifacts of a repository loaded one subtree at a time, ordered subtree by subtree (the
 * writer renders in this order): a region's artifact renders from its subtree merged again, and
 * only the current subtree is held. An artifact carried over from the previous output is never
 * rendered, so only the regions with an artifact to render (and the regions above them) are merged
 * again, and a subtree with nothing to render not at all.
 */
function bySubtree(
  artifacts: readonly Artifact[],
  input: CompileInput,
  subtrees: Subtrees,
  previous: Readonly<Record<string, string>>,
): Artifact[] {
  const groupOf = (artifact: Artifact) =>
    artifact.region === undefined ? undefined : subtrees.groupOf(artifact.region);
  // The regions of each group whose files are rendered anew (not carried over).
  const changed = new Map<number, Set<string>>();
  for (const artifact of artifacts) {
    const group = groupOf(artifact);
    if (group === undefined || artifact.region === undefined) continue;
    if (previous[artifact.path] === artifact.key) continue;
    const regions = changed.get(group) ?? new Set<string>();
    regions.add(artifact.region);
    changed.set(group, regions);
  }
  let current: { group: number; whole: boolean; artifacts: Map<string, Artifact> } | undefined;
  // A subtree's workbooks come one after another in path order: two at a time, not the writer's eight.
  const workbooks = limitConcurrency(WORKBOOKS_AT_ONCE);
  const rendered = (group: number, path: string): Artifact | undefined => {
    // A carried-over file that turned out missing is rendered too: then the whole subtree is merged.
    if (current?.group !== group || (!current.whole && !current.artifacts.has(path))) {
      const only = current?.group === group ? undefined : changed.get(group);
      current = undefined; // the previous subtree is let go before the next one is merged
      collectGarbage(RENDER_GARBAGE);
      const model = subtrees.model(group, only);
      const own = compileArtifacts({ ...input, model });
      current = {
        group,
        whole: only === undefined,
        artifacts: new Map(own.map((artifact) => [artifact.path, artifact])),
      };
    }
    return current.artifacts.get(path);
  };
  const grouped = artifacts.map((artifact) => {
    const group = groupOf(artifact);
    // The repository-wide pages (report, search index) are the largest single renders: each starts
    // on a collected heap, so that the garbage of one does not pile up under the next. They come
    // last: what they leave while being written would otherwise lie under the first subtree's
    // merge (where a cold compile of the 26-domain province peaked).
    if (group === undefined) {
      const render = () => {
        collectGarbage(RENDER_GARBAGE);
        return artifact.render();
      };
      return { group: Number.MAX_SAFE_INTEGER, artifact: { ...artifact, render } };
    }
    const render = () => {
      const own = rendered(group, artifact.path);
      if (!own) throw new Error(`${artifact.path} is not an artifact of its subtree`);
      return artifact.path.endsWith('.xlsx') ? workbooks(own.render) : own.render();
    };
    return { group, artifact: { ...artifact, render } };
  });
  return grouped.sort((a, b) => a.group - b.group).map(({ artifact }) => artifact);
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
  // Workbooks are heavy: rendered, and the module loaded, only when downloads are wanted.
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
