/**
 * Semantic checks of files that passed their schema: pure functions from typed data and context to
 * diagnostics. Reading files and finding each catalog's region is src/io's work.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import { resolveDomain } from '../vocabulary/domains.js';
import type { RawCatalog, RawRegion } from '../model/raw.js';
import { reporterFor } from './context.js';
import { CATALOG_RULES, REGION_RULES, type RegionInfo } from './index.js';
import type { SourceLocator } from '../schema/errors.js';

export interface CatalogUnit {
  source: SourceLocator;
  catalog: RawCatalog;
  /**
   * `catalog.domain`, known without reading the catalog: from the file cache, a catalog's data is
   * deserialized only when something reads `catalog` (io/file-cache/kept-data.ts).
   */
  domain: string;
  /** The region whose folder holds the catalog; none for a baseline. */
  region?: RegionInfo & { file: string };
  /**
   * Its folder has a region.yaml that could not be read: still an overlay (checked without its
   * region's context), not a baseline that lacks every field (the region file's error says why).
   */
  regionUnread?: boolean;
}

export interface RegionUnit {
  source: SourceLocator;
  region: RawRegion;
  parent?: { region: RawRegion; file: string };
}

export function checkCatalog(unit: CatalogUnit, today: string): Diagnostic[] {
  const sink: Diagnostic[] = [];
  const context = {
    ...reporterFor(unit.source, sink),
    catalog: unit.catalog,
    kind: unit.region || unit.regionUnread ? ('overlay' as const) : ('baseline' as const),
    region: unit.region,
    today,
  };
  for (const rule of CATALOG_RULES) rule(context);
  return sink;
}

export function checkRegion(unit: RegionUnit): Diagnostic[] {
  const sink: Diagnostic[] = [];
  const context = { ...reporterFor(unit.source, sink), region: unit.region, parent: unit.parent };
  for (const rule of REGION_RULES) rule(context);
  return sink;
}

/** One catalog file per domain and region: a second one would be merged in no defined order. */
export function checkDomainsPerRegion(units: readonly CatalogUnit[]): Diagnostic[] {
  const first = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const unit of units) {
    const domain = resolveDomain(unit.domain);
    if (!domain) continue;
    // Baselines have no region: files of one folder form one set of baselines.
    const file = unit.source.file;
    const group = unit.region?.file ?? file.slice(0, file.lastIndexOf('/') + 1);
    const key = `${group}\u0000${domain.id}`;
    const firstFile = first.get(key);
    if (firstFile === undefined) {
      first.set(key, unit.source.file);
      continue;
    }
    found.push(
      diagnostic(
        'domain-duplicate',
        { domain: domain.zh, firstFile },
        { file: unit.source.file, span: unit.source.locate(['domain']), path: ['domain'] },
      ),
    );
  }
  return found;
}
