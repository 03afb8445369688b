/**
 * What `gkml export` exports: the repository the paths belong to, loaded and merged, and the
 * regions the paths name. The root names every region; a region folder (or a folder inside it)
 * names that region, as for `gkml merge`; a catalog file names that domain of its region. Outside
 * any repository, the catalog files are exported as they are (pipeline/load-standalone.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../../core/diagnostics/index.js';
import type {
  EffectiveCatalog,
  RegionModel,
  RepositoryModel,
} from '../../../core/model/effective.js';
import { inside } from '../../../io/repository-files.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { loadStandalone } from '../../../pipeline/load-standalone.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { exportMessages } from './messages.js';
import { sharedMessages } from '../../messages.js';

export interface ExportSelection {
  model: RepositoryModel;
  /** The regions to export, each with the catalogs to export, in the model's order. */
  regions: RegionModel[];
  /** What loading found that concerns these regions (their files, their ancestors', the baselines). */
  diagnostics: Diagnostic[];
  /** The files read, for the report. */
  files: string[];
}

export type ExportSource =
  ({ ok: true } & ExportSelection) | { ok: false; diagnostics: Diagnostic[]; files: string[] };

export async function loadExportModel(paths: readonly string[], io: CliIo): Promise<ExportSource> {
  const absolute = paths.map((path) => resolve(io.cwd, path));
  const missing = paths.filter((_, index) => !existsSync(absolute[index] ?? ''));
  if (missing.length > 0) throw new UsageError(sharedMessages.pathsMissing(missing));
  const loaded = await loadRepository(paths[0] ?? '.', { cwd: io.cwd, today: io.today });
  if (!loaded.model) {
    // Outside any repository (what `gkml import --out` writes): complete catalogs, one region per
    // folder, so that import → print works without `gkml init`.
    if (loaded.diagnostics.every((d) => d.code === 'repository-not-found')) {
      const standalone = await loadStandalone(paths, { cwd: io.cwd, today: io.today });
      return { ok: true, ...standalone, regions: standalone.model.regions };
    }
    return { ok: false, diagnostics: loaded.diagnostics, files: loaded.files };
  }
  const model = loaded.model;
  const root = resolve(io.cwd, model.root);
  const outside = paths.filter((_, index) => !inside(root, absolute[index] ?? ''));
  if (outside.length > 0) throw new UsageError(exportMessages.notInRepository(outside, model.root));

  const chosen = new Map<string, Set<EffectiveCatalog> | 'all'>();
  const choose = (region: RegionModel, catalog?: EffectiveCatalog): void => {
    const current = chosen.get(region.ref.code);
    if (current === 'all') return;
    if (catalog === undefined) chosen.set(region.ref.code, 'all');
    else chosen.set(region.ref.code, new Set([...(current ?? []), catalog]));
  };
  const folderOf = (region: RegionModel): string => resolve(io.cwd, region.ref.path);
  for (const [index, path] of absolute.entries()) {
    if (statSync(path).isFile()) {
      const owner = model.regions.find((region) =>
        region.catalogs.some((catalog) => resolve(io.cwd, catalog.file) === path),
      );
      const catalog = owner?.catalogs.find((c) => resolve(io.cwd, c.file) === path);
      const regionFile = model.regions.find((region) => resolve(io.cwd, region.file) === path);
      if (owner && catalog) choose(owner, catalog);
      else if (regionFile) choose(regionFile);
      else throw new UsageError(exportMessages.notACatalog(paths[index] ?? path));
      continue;
    }
    if (path === root) {
      model.regions.forEach((region) => {
        choose(region);
      });
      continue;
    }
    // The deepest region whose folder holds the path; or, above every region, the regions below.
    const holders = model.regions.filter((region) => inside(folderOf(region), path));
    const deepest = holders.sort((a, b) => folderOf(b).length - folderOf(a).length)[0];
    const below = model.regions.filter((region) => inside(path, folderOf(region)));
    if (deepest) choose(deepest);
    else
      below.forEach((region) => {
        choose(region);
      });
  }
  const regions = model.regions.flatMap((region) => {
    const wanted = chosen.get(region.ref.code);
    if (wanted === undefined) return [];
    if (wanted === 'all') return [region];
    return [{ ...region, catalogs: region.catalogs.filter((catalog) => wanted.has(catalog)) }];
  });
  return {
    ok: true,
    model,
    regions,
    diagnostics: relevant(model, regions, loaded.diagnostics),
    files: loaded.files,
  };
}

/**
 * The diagnostics that concern the exported regions: those of their own files and their
 * ancestors', and those of no region (gkml.yaml, the baselines). A sibling's problem does not
 * stop another region's export.
 */
function relevant(
  model: RepositoryModel,
  regions: readonly RegionModel[],
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const byCode = new Map(model.regions.map((region) => [region.ref.code, region] as const));
  const wanted = new Set<string>();
  for (const region of regions) {
    for (let current: RegionModel | undefined = region; current;) {
      wanted.add(current.ref.path);
      current = current.ref.parent === undefined ? undefined : byCode.get(current.ref.parent);
    }
  }
  const folders = model.regions.map((region) => region.ref.path);
  return diagnostics.filter((d) => {
    const owner = ownerFolder(d.file ?? '', folders);
    return owner === undefined || wanted.has(owner);
  });
}

/** The deepest region folder holding a displayed file path. */
function ownerFolder(file: string, folders: readonly string[]): string | undefined {
  let owner: string | undefined;
  for (const folder of folders) {
    const prefix = folder === '.' ? '' : `${folder}/`;
    if (file.startsWith(prefix) && (owner === undefined || folder.length > owner.length)) {
      owner = folder;
    }
  }
  return owner;
}
