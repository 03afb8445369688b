/**
 * Region folders as merge input: each valid region.yaml with its parent (the nearest region.yaml
 * above its folder) and its catalog files. A catalog that belongs to no region is reported; one
 * whose region file is broken is left out quietly (the region's own errors say why). Catalogs that
 * could not be read are named per region (`unread`), so that nothing downstream reports their absence.
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import type { OverlayFile, RegionInput } from '../core/merge/index.js';
import { DOMAINS, type DomainId } from '../core/vocabulary/domains.js';
import { displayPath } from '../io/collect.js';
import { parentRegionFile, regionFileOfCatalog } from '../io/layout.js';
import type { LoadedUnits, UnreadCatalog } from '../io/load-units.js';

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
    // The unit itself: its catalog is read when a merge reads it (load-units.ts), never before.
    list.push(unit);
    catalogs.set(regionFile, list);
  }
  const unread = unreadDomains(units.unreadCatalogs, cwd);
  const inputs = units.regions.map((unit): RegionInput => {
    const path = resolve(cwd, unit.source.file);
    const parentFile = shown(parentRegionFile(path), cwd);
    const domains = unread.get(unit.source.file);
    return {
      file: unit.source.file,
      folder: displayPath(dirname(path), cwd),
      source: unit.source,
      region: unit.region,
      ...(parentFile === undefined ? {} : { parentFile }),
      catalogs: catalogs.get(unit.source.file) ?? [],
      ...(domains ? { unread: [...domains] } : {}),
    };
  });
  return { inputs, diagnostics };
}

function shown(path: string | undefined, cwd: string): string | undefined {
  return path === undefined ? undefined : displayPath(path, cwd);
}

/**
 * The domains of each region's unreadable catalogs, by region file: every domain for a file whose
 * domain neither its `domain` nor its name tells (what it held is unknown).
 */
function unreadDomains(files: readonly UnreadCatalog[], cwd: string): Map<string, Set<DomainId>> {
  const byRegion = new Map<string, Set<DomainId>>();
  for (const file of files) {
    const regionFile = shown(regionFileOfCatalog(file.path), cwd);
    if (regionFile === undefined) continue;
    const domains = byRegion.get(regionFile) ?? new Set<DomainId>();
    for (const id of file.domain ? [file.domain] : DOMAINS.map((domain) => domain.id))
      domains.add(id);
    byRegion.set(regionFile, domains);
  }
  return byRegion;
}
