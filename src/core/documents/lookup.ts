/** A region's effective catalogs as the register's item rules look them up. */
import { resolveDomain } from '../vocabulary/domains.js';
import type { RegionModel } from '../model/effective.js';
import type { CatalogLookup } from './context.js';

export function catalogLookup(region: RegionModel): CatalogLookup {
  const byKey = new Map<string, string | undefined>();
  for (const catalog of region.catalogs) {
    for (const { item } of catalog.items)
      byKey.set(`${catalog.domain}/${item.id}`, item.timeLimit?.text);
  }
  return {
    region: region.ref.name,
    timeLimitOf(domain, id) {
      // The domain may be written as its id or its Chinese name (社会救助/minimum-living).
      const key = `${resolveDomain(domain)?.id ?? domain}/${id}`;
      return byKey.has(key) ? byKey.get(key) : null;
    },
    itemKeys: () => [...byKey.keys()],
    unread: (domain) => {
      const id = resolveDomain(domain)?.id;
      return id !== undefined && (region.unread?.includes(id) ?? false);
    },
  };
}
