/**
 * Region folders as merge input: each valid region.yaml with its parent (the nearest region.yaml
 * above its folder) and its catalog files. A catalog that belongs to no region is reported; one
 * whose region file is broken is left out quietly (the region's own errors say why).
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import type { OverlayFile, RegionInput } from '../core/merge/index.js';
import { displayPath } from '../io/collect.js';
import { parentRegionFile, regionFileOfCatalog } from '../io/layout.js';
import type { LoadedUnits } from '../io/load-units.js';

export function regionInputs(
  units: LoadedUnits,
  cwd: string,
): { inputs: RegionInput[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const catalogs = new Map<string, OverlayFile[]>();
  for (const unit of units.catalogs) {
    const regionFile =
      unit.region?.file ?? shown(regionFileOfCatalog(resolve(cwd, unit.source.file)), cwd);
    if (regionFile === undefined) {
      const at = {
        file: unit.source.file,
        span: unit.source.locateKey(['domain']),
        path: ['domain'],
      };
      diagnostics.push(diagnostic('repository-stray-catalog', {}, at));
      continue;
    }
    const list = catalogs.get(regionFile) ?? [];
    list.push({ source: unit.source, catalog: unit.catalog });
    catalogs.set(regionFile, list);
  }
  const inputs = units.regions.map((unit): RegionInput => {
    const path = resolve(cwd, unit.source.file);
    const parentFile = shown(parentRegionFile(path), cwd);
    return {
      file: unit.source.file,
      folder: displayPath(dirname(path), cwd),
      source: unit.source,
      region: unit.region,
      ...(parentFile === undefined ? {} : { parentFile }),
      catalogs: catalogs.get(unit.source.file) ?? [],
    };
  });
  return { inputs, diagnostics };
}

function shown(path: string | undefined, cwd: string): string | undefined {
  return path === undefined ? undefined : displayPath(path, cwd);
}
