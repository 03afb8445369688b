/** The national baselines: one catalog per domain in a folder (the bundled catalogs/national by default). */
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { domainOrdinal, resolveDomain, type DomainInfo } from '../core/vocabulary/domains.js';
import type { RawCatalog } from '../core/model/raw.js';
import type { SourceLocator } from '../core/schema/errors.js';
import { collectYamlFiles } from '../io/collect.js';
import { packagePath } from '../io/package-files.js';
import { validateFiles } from './validate.js';

export interface Baseline {
  domain: DomainInfo;
  catalog: RawCatalog;
  source: SourceLocator;
}

export function bundledBaselinesFolder(): string {
  return packagePath('catalogs', 'national');
}

/**
 * Reads and validates every baseline in `folder`; a file that does not validate is left out and
 * its problems are returned. Sorted in the domains' conventional order.
 */
export async function loadBaselines(
  folder: string,
  options: { cwd: string; today: string },
): Promise<{ baselines: Baseline[]; diagnostics: Diagnostic[] }> {
  const { files } = await collectYamlFiles([join(folder)], options.cwd);
  // The fast parser: positions are parsed only for a file that needs them.
  const validation = await validateFiles(files, { ...options, quick: true });
  const baselines: Baseline[] = [];
  for (const unit of validation.units.catalogs) {
    const domain = resolveDomain(unit.catalog.domain);
    if (domain) baselines.push({ domain, catalog: unit.catalog, source: unit.source });
  }
  baselines.sort((a, b) => domainOrdinal(a.domain.id) - domainOrdinal(b.domain.id));
  return { baselines, diagnostics: validation.diagnostics };
}
