/**
 * Catalog files outside any region repository (what `gkml import --out` writes), loaded for
 * export as complete catalogs: validated as `gkml validate` would, then one region per folder
 * (core/merge/standalone.ts). Nothing is inherited, so no national baseline is read.
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { sortDiagnostics } from '../core/diagnostics/index.js';
import { standaloneRegion } from '../core/merge/standalone.js';
import type { RepositoryModel } from '../core/model/effective.js';
import type { CatalogUnit } from '../core/rules/run.js';
import { collectYamlFiles, displayPath } from '../io/collect.js';
import { fileKind } from '../io/layout.js';
import { validateFiles } from './validate.js';

export interface LoadedStandalone {
  model: RepositoryModel;
  diagnostics: Diagnostic[];
  /** Display paths of the files read, sorted. */
  files: string[];
}

export async function loadStandalone(
  paths: readonly string[],
  options: { cwd: string; today: string },
): Promise<LoadedStandalone> {
  const collected = await collectYamlFiles(paths, options.cwd);
  const catalogs = collected.files.filter((file) => fileKind(file) === 'catalog');
  const validation = await validateFiles(catalogs, options);
  const byFolder = new Map<string, CatalogUnit[]>();
  for (const unit of validation.units.catalogs) {
    const folder = dirname(resolve(options.cwd, unit.source.file));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), unit]);
  }
  const regions = [...byFolder]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([folder, units]) =>
      standaloneRegion({
        path: displayPath(folder, options.cwd),
        files: units,
      }),
    );
  return {
    model: { root: '.', example: false, nationalPath: '', national: [], regions },
    diagnostics: sortDiagnostics(validation.diagnostics),
    files: validation.files,
  };
}
