/**
 * For `gkml validate`: one truth for checks. When validated paths lie in a region repository, the
 * repository is loaded and analysed as compile does (merge, registers, bundles, coverage against the
 * national baselines), so that validate reports whatever merge, export or compile would refuse.
 * Only findings in the validated paths (or in no file at all) are kept; files outside any
 * repository cost nothing beyond a look for gkml.yaml above them. The repository is loaded one
 * subtree at a time, as compile loads it: the same findings, in a fraction of the memory; in
 * threads (parallel-findings.ts), or with the repository's cache (cached-findings.ts). Paths that
 * all lie in a few subtrees (a township's file, a county's folder) load only those subtrees and the
 * regions above them (parts.ts `partsHolding`): the same findings in those paths, in seconds where
 * a province takes a minute.
 */
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { findRoot } from '../io/layout.js';
import { repositoryFiles } from '../io/repository-files.js';
import { cachedFindings } from './cached-findings.js';
import { loadInParts, type PartLoad } from './parallel-findings.js';
import { partsHolding } from './parts.js';
import { loadBySubtree, type SubtreeLoadOptions } from './subtrees.js';

export interface RepositoryFindings {
  /** Sorted; the loading's own findings included (the caller deduplicates). */
  diagnostics: Diagnostic[];
  /** Absolute paths of the repository roots checked, sorted. */
  roots: string[];
  /**
   * Absolute paths of the files the loads read and checked (parse, schema, rules): the caller need
   * not check them again.
   */
  checked: Set<string>;
  /** With `cache`: the repositories whose cache could not be written, and the error. */
  unsaved: { root: string; error: unknown }[];
}

export async function repositoryFindings(
  paths: readonly string[],
  options: { cwd: string; today: string; maxBytes?: number; jobs?: number; cache?: boolean },
): Promise<RepositoryFindings> {
  const absolute = paths.map((path) => resolve(options.cwd, path));
  const roots = new Set<string>();
  for (const path of absolute) {
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    const root = findRoot(info.isDirectory() ? path : dirname(path));
    if (root) roots.add(root);
  }
  const found: Diagnostic[] = [];
  const checked = new Set<string>();
  const unsaved: RepositoryFindings['unsaved'] = [];
  const sorted = [...roots].sort();
  const { jobs = 1, cache = false, ...load } = options;
  for (const root of sorted) {
    const loadOptions = { ...load, registers: true, findingsOnly: true };
    let loads: PartLoad[];
    if (cache) {
      const loaded = await cachedFindings(root, loadOptions);
      if ('unsaved' in loaded) unsaved.push({ root, error: loaded.unsaved });
      loads = [loaded];
    } else loads = await findingsOf(root, loadOptions, jobs, absolute);
    for (const loaded of loads) {
      // Without a model the load's fatal findings are validate's own (e.g. missing baselines).
      found.push(...loaded.diagnostics);
      for (const file of loaded.files) checked.add(resolve(options.cwd, file));
    }
  }
  const wanted = (diagnostic: Diagnostic): boolean => {
    if (diagnostic.file === undefined) return true;
    const file = resolve(options.cwd, diagnostic.file);
    return absolute.some((path) => path === file || within(path, file));
  };
  return { diagnostics: sortDiagnostics(found.filter(wanted)), roots: sorted, checked, unsaved };
}

/**
 * The repository's findings in `paths`: from the subtrees holding them when there are such, else
 * from the whole, in `jobs` parts when it has subtrees to share out (the parts read the files above
 * the subtrees alike, and report their findings alike: the caller deduplicates).
 */
async function findingsOf(
  root: string,
  options: SubtreeLoadOptions,
  jobs: number,
  paths: readonly string[],
): Promise<PartLoad[]> {
  // Walked once: every load below takes this list instead of walking the repository again.
  const walked = await repositoryFiles(root, { cwd: options.cwd });
  const listed = { ...options, walked };
  const holding = partsHolding(walked.files, paths);
  if (holding) {
    const load = await loadBySubtree(root, { ...listed, part: holding });
    // A region file that did not load can change the tree: then the whole is checked.
    if (load.unparted !== true) return [load];
  }
  if (jobs > 1) {
    const parts = await loadInParts(root, listed, jobs);
    if (parts.every((part) => part.unparted !== true)) return parts;
  }
  return [await loadBySubtree(root, listed)];
}

function within(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/** The same finding reported by two stages once: same code, place and arguments. */
export function withoutDuplicates(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const at = d.span ? `${d.span.start.line}:${d.span.start.column}` : '';
    const key = [
      d.code,
      d.severity,
      d.file ?? '',
      at,
      d.sheet ?? '',
      d.cell ?? '',
      JSON.stringify(d.args),
    ].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
